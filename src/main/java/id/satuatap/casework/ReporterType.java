package id.satuatap.casework;

/** Who told us. */
public enum ReporterType {
    /** The worker themself. */
    WORKER,
    /** Spouse, parent, guardian or child of the worker. */
    FAMILY,
    /** LTSA desk staff. */
    STAFF,
    /** An MRC partner. */
    PARTNER,
    /** An embassy, BP2MI, the police, or this system's own checks. */
    AUTHORITY,
    /** A neighbour, village official or other person. */
    COMMUNITY
}
