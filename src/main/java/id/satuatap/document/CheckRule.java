package id.satuatap.document;

import java.util.Optional;

/**
 * Automatic checks run on every upload. A failed identity or consent check is a red flag (possible trafficking,
 * docs/domain.md): it stops the application instead of waiting for a desk. Validity checks only inform the desk.
 */
public enum CheckRule {
    NIK_MATCH("NIK_MISMATCH"),
    BIRTH_DATE_MATCH("BIRTH_DATE_MISMATCH"),
    SEX_MATCH("SEX_MISMATCH"),
    NAME_MATCH("NAME_MISMATCH"),
    MINIMUM_AGE("UNDERAGE"),
    CONSENT_SIGNER_ON_KK("CONSENT_NOT_ON_KK"),
    NOT_EXPIRED(null),
    PASSPORT_VALIDITY(null),
    MEDICAL_CHECK_RECENT(null);

    private final String redFlagKind;

    CheckRule(String redFlagKind) {
        this.redFlagKind = redFlagKind;
    }

    /** The red-flag kind a failure of this rule raises, if it raises one. */
    public Optional<String> redFlagKind() {
        return Optional.ofNullable(redFlagKind);
    }
}
