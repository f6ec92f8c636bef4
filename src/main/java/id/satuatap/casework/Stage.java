package id.satuatap.casework;

/** Where in migration the person is. */
public enum Stage {
    PRE_DEPARTURE, ABROAD, RETURNED
}
