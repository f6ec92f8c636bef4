package id.satuatap.casework;

public enum ReferralStatus {
    OFFERED, ACCEPTED, DECLINED,
    /** Not answered within the SLA; the next eligible partner was asked. */
    EXPIRED
}
