package id.satuatap.predeparture;

/** What can happen to an application; each has a text for people in the i18n bundle. */
public enum TimelineEvent {
    SUBMITTED, REFUSED, STEP_COMPLETED, DOCUMENT_UPLOADED, DOCUMENT_VERIFIED, DOCUMENT_REJECTED, DESK_REMINDED,
    DESK_ESCALATED, RED_FLAG_RAISED, LAPSED, DOCUMENT_EXPIRES_BEFORE_DEPARTURE, ID_PMI_ISSUED,
    /** A coordinator settled a red flag; the subject is CONFIRMED or UNFOUNDED. */
    RED_FLAG_RESOLVED
}
