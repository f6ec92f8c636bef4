package id.satuatap.casework;

/** Kinds of step a case file's timeline records. */
public enum TimelineStep {
    REPORTED,
    CONSENT_RECORDED,
    TRIAGED,
    URGENT_ALERT,
    URGENT_RESPONSE,
    REFERRAL_OFFERED,
    REFERRAL_ACCEPTED,
    REFERRAL_DECLINED,
    REFERRAL_EXPIRED,
    /** No eligible partner left: the coordinator arranges it. */
    REFERRAL_ESCALATED,
    REFERRAL_ARRANGED,
    NOTE_ADDED,
    FOLLOWED_UP,
    CLOSED,
    REOPENED,
    /** A verified community tip was attached to the case. */
    TIP_ATTACHED,
    REFERRAL_DELIVERED,
    /** Accepted but not delivered in time. */
    REFERRAL_UNDELIVERED,
    /** A delivered repatriation brought the person home: the case's stage is now RETURNED. */
    RETURNED_HOME
}
