package id.satuatap.security;

/**
 * The LTSA desks (Government Regulation 59/2021 art. 30–31) plus the BP2MI technical unit and the LTSA
 * head; each code is a BPMN candidate group.
 */
public enum Desk {
    /** Manpower office: registration, job order, passport recommendation, contract. */
    DISNAKER,
    /** Complaints and information. */
    PENGADUAN,
    /** Civil registry: KTP, KK, birth certificate. */
    DUKCAPIL,
    /** Medical and psychological check. */
    KESEHATAN,
    /** Passport. */
    IMIGRASI,
    /** Police clearance (SKCK). */
    POLRI,
    /** Bank account for wages. */
    PERBANKAN,
    /** BPJS Ketenagakerjaan social security. */
    BPJS,
    /** BP2MI technical unit: pre-departure orientation, ID PMI. */
    BP3MI,
    /** The LTSA head, who receives escalations. */
    COORDINATOR
}
