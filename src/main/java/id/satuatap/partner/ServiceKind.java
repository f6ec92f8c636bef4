package id.satuatap.partner;

/** What a partner offers and what a case may need from one. */
public enum ServiceKind {
    INFORMATION,
    COUNSELLING,
    /** Complaint and case handling on the worker's behalf (with the employer, the P3MI, the authorities). */
    CASE_ADVOCACY,
    PSYCHOSOCIAL_SUPPORT,
    LEGAL_ADVICE,
    MEDIATION,
    LITIGATION,
    /** Accompanying the person to police, court or hearings. */
    ACCOMPANIMENT,
    CONSULAR_ASSISTANCE,
    REPATRIATION,
    /** Criminal investigation, e.g. of trafficking (TPPO). */
    INVESTIGATION,
    WITNESS_PROTECTION,
    SHELTER,
    MEDICAL_CARE,
    /** Bringing home the body of a worker who died abroad. */
    RETURN_OF_REMAINS,
    /** Livelihood after return: training, savings, a small business. */
    ECONOMIC_REINTEGRATION,
    /** Counselling and family mediation for a returnee, survivors of violence and trafficking first. */
    PSYCHOSOCIAL_REINTEGRATION
}
