package id.satuatap.tip;

/** Where a tip came in; follows from who filed it. */
public enum TipChannel {
    /** The mobile app: a worker account, or nobody signed in. */
    MOBILE_APP,
    DESK,
    PARTNER
}
