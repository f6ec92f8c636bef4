package id.satuatap.document;

import java.util.Set;

/** Pre-departure documents (Law 18/2017 art. 13). */
public enum DocumentType {
    /** Kartu Tanda Penduduk: the identity card, carries the NIK. */
    KTP,
    /** Kartu Keluarga: the family card, lists the family members and their NIKs. */
    KK,
    /** Akta kelahiran. */
    BIRTH_CERTIFICATE,
    /** Marriage status letter; the marriage book if married. */
    MARRIAGE_STATUS,
    /** Permission of the spouse, or of a parent or guardian if unmarried, acknowledged by the village head. */
    FAMILY_CONSENT,
    COMPETENCY_CERTIFICATE,
    /** Medical and psychological check. */
    MEDICAL_CHECK,
    PASSPORT,
    /** Surat Keterangan Catatan Kepolisian: the police clearance. */
    SKCK,
    WORK_VISA,
    PLACEMENT_AGREEMENT,
    EMPLOYMENT_CONTRACT,
    /** BPJS Ketenagakerjaan social security card. */
    BPJS_CARD,
    /** Orientasi Pra Pemberangkatan certificate. */
    OPP_CERTIFICATE;

    /** Documents that state who the holder is; they must agree with the NIK and with each other. */
    public static final Set<DocumentType> IDENTITY = Set.of(KTP, KK, BIRTH_CERTIFICATE, PASSPORT);

    public boolean statesIdentity() {
        return IDENTITY.contains(this);
    }
}
