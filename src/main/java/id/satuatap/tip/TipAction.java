package id.satuatap.tip;

/** What follows a verified tip. */
public enum TipAction {
    OPEN_CASE,
    ATTACH_TO_CASE,
    /** Verified, but nothing to open: e.g. the broker was already stopped. */
    NONE
}
