package id.satuatap.outreach;

/** What a socialisation session in a village covered. */
public enum OutreachTopic {
    SAFE_MIGRATION,
    /** Which documents a worker needs and where they are issued. */
    DOCUMENTS,
    /** Placement fees: what is legal, what is extortion. */
    FEES,
    RIGHTS_ABROAD,
    /** Where and how to complain (LTSA desk, MRC partners, hotline, the app). */
    COMPLAINT_CHANNELS
}
