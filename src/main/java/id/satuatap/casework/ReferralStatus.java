package id.satuatap.casework;

public enum ReferralStatus {
    OFFERED, ACCEPTED, DECLINED,
    /** Not answered within the SLA; the next eligible partner was asked. */
    EXPIRED,
    /** Accepted, and the partner recorded what it provided and when. */
    DELIVERED,
    /** Accepted but not delivered within its time; the next eligible partner was asked. */
    UNDELIVERED
}
