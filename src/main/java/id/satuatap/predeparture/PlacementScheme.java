package id.satuatap.predeparture;

/** Placement schemes of Law 18/2017 art. 49. */
public enum PlacementScheme {
    /** Government to government. */
    G_TO_G,
    /** A licensed private placement agency. */
    P3MI,
    /** A company placing its own staff. */
    COMPANY,
    /** Independent (mandiri). */
    MANDIRI
}
