package id.satuatap.agency;

/** Standing of a P3MI's licence (SIP3MI) with the ministry. */
public enum AgencyStatus {
    ACTIVE,
    /** Temporarily barred from placing workers. */
    SUSPENDED,
    REVOKED
}
