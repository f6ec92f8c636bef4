package id.satuatap.casework;

public enum CaseStatus {
    /** Reported, waiting for triage. */
    OPEN,
    /** Triaged: urgent response, referrals and follow-up. */
    IN_PROGRESS,
    CLOSED
}
