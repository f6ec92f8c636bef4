package id.satuatap.tip;

public enum TipStatus {
    /** Waiting for the police unit or BP3MI to verify it. */
    RECEIVED,
    VERIFIED,
    /** Checked and not borne out. */
    UNFOUNDED
}
