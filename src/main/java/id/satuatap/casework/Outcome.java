package id.satuatap.casework;

/** How a case was closed. */
public enum Outcome {
    RESOLVED,
    /** Needs the amount recovered. */
    WAGES_RECOVERED,
    REPATRIATED,
    REFERRED_FOR_PROSECUTION,
    WITHDRAWN
}
