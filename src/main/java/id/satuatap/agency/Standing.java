package id.satuatap.agency;

/** What the registry says of a licence number an application names. */
public enum Standing {
    ACTIVE,
    SUSPENDED,
    REVOKED,
    /** Active once, but past its validity. */
    EXPIRED,
    /** No agency in the registry holds this number. */
    UNKNOWN;

    public boolean licensed() {
        return this == ACTIVE;
    }
}
