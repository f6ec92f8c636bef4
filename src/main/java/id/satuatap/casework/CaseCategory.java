package id.satuatap.casework;

/** Complaint categories of the BP2MI complaint statistics. */
public enum CaseCategory {
    UNPAID_WAGES,
    WANTS_REPATRIATION,
    ILLNESS,
    DEATH_ABROAD,
    JOB_FRAUD,
    OVERSTAY,
    LOST_CONTACT,
    VIOLENCE_BY_EMPLOYER,
    SEXUAL_ABUSE,
    WORK_NOT_AS_CONTRACTED,
    DOCUMENT_WITHHOLDING,
    EXCESSIVE_PLACEMENT_FEES,
    /** TPPO: tindak pidana perdagangan orang. */
    TRAFFICKING,
    NON_PROCEDURAL_DEPARTURE
}
