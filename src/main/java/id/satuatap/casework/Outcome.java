package id.satuatap.casework;

/** How a case was closed. */
public enum Outcome {
    RESOLVED,
    /** Needs the amount recovered. */
    WAGES_RECOVERED,
    REPATRIATED,
    REFERRED_FOR_PROSECUTION,
    WITHDRAWN,
    /** Closed at triage: what was reported (e.g. a red flag) did not hold up. */
    UNFOUNDED
}
