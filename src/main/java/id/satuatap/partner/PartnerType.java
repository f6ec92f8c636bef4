package id.satuatap.partner;

/** Kinds of organisation a case can be referred to: MRC partners and government agencies. */
public enum PartnerType {
    /** Migrant workers' union, e.g. SBMI. */
    UNION,
    /** Women's crisis centre, e.g. WCC Mawar Balqis. */
    WOMENS_CRISIS_CENTRE,
    /** Legal-aid institute (LBH). */
    LEGAL_AID,
    /** Indonesian embassy or consulate (Perwakilan RI), by country. */
    EMBASSY,
    /** Police anti-trafficking unit (TPPO). */
    POLICE,
    /** BP2MI crisis centre. */
    BP2MI,
    /** Witness and victim protection agency. */
    LPSK,
    SHELTER,
    SOCIAL_SERVICE,
    HEALTH;

    /**
     * Government bodies: what they may learn of a person is governed by the consent to share with
     * authorities, not by the consent to share with partners.
     */
    public boolean isAuthority() {
        return this == EMBASSY || this == POLICE || this == BP2MI || this == LPSK;
    }
}
