package id.satuatap.document;

import id.satuatap.worker.FamilyMemberView;
import id.satuatap.worker.NikNumber;
import id.satuatap.worker.PersonNames;
import id.satuatap.worker.WorkerSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The automatic checks of an upload against the worker record, the NIK and the family card. Every identity
 * document is compared with the same record, so documents that each agree with it also agree with each other.
 */
@ApplicationScoped
public class DocumentChecks {

    private static final int ADULT_AGE = 18;
    private static final Set<String> PARENTS_OR_GUARDIAN = Set.of("FATHER", "MOTHER", "GUARDIAN");

    @Inject DocumentConfig config;

    public List<DocumentCheck> run(Document document, WorkerSummary worker, List<FamilyMemberView> family, LocalDate today) {
        List<DocumentCheck> checks = new ArrayList<>();
        if (document.type.statesIdentity()) {
            NikNumber nik = NikNumber.parse(worker.nik());
            if (document.holderNik != null) {
                checks.add(new DocumentCheck(CheckRule.NIK_MATCH, document.holderNik.equals(worker.nik())));
            }
            checks.add(new DocumentCheck(CheckRule.BIRTH_DATE_MATCH,
                    document.holderBirthDate.equals(nik.birthDate()) && document.holderBirthDate.equals(worker.birthDate())));
            checks.add(new DocumentCheck(CheckRule.SEX_MATCH, document.holderSex == nik.sex() && document.holderSex == worker.sex()));
            checks.add(new DocumentCheck(CheckRule.NAME_MATCH, PersonNames.same(document.holderName, worker.fullName())));
            checks.add(new DocumentCheck(CheckRule.MINIMUM_AGE,
                    Period.between(document.holderBirthDate, today).getYears() >= ADULT_AGE));
        }
        if (document.type == DocumentType.FAMILY_CONSENT) {
            checks.add(new DocumentCheck(CheckRule.CONSENT_SIGNER_ON_KK, consentSignerOnKk(document, worker, family)));
        }
        if (document.expiresOn != null) {
            checks.add(new DocumentCheck(CheckRule.NOT_EXPIRED, document.expiresOn.isAfter(today)));
        }
        if (document.type == DocumentType.PASSPORT) {
            checks.add(new DocumentCheck(CheckRule.PASSPORT_VALIDITY,
                    !document.expiresOn.isBefore(today.plusMonths(config.passportValidityMonths()))));
        }
        if (document.type == DocumentType.MEDICAL_CHECK) {
            checks.add(new DocumentCheck(CheckRule.MEDICAL_CHECK_RECENT, !document.issuedOn.isAfter(today)
                    && !document.issuedOn.isBefore(today.minusDays(config.medicalCheckValidityDays()))));
        }
        return checks;
    }

    /** The spouse signs for a married worker, otherwise a parent or guardian; either way someone on the KK. */
    private static boolean consentSignerOnKk(Document consent, WorkerSummary worker, List<FamilyMemberView> family) {
        Set<String> allowed = "MARRIED".equals(worker.maritalStatus()) ? Set.of("SPOUSE") : PARENTS_OR_GUARDIAN;
        return allowed.contains(consent.signerRelation) && family.stream().anyMatch(member ->
                consent.signerRelation.equals(member.relation())
                        && consent.signerNik.equals(member.nik())
                        && PersonNames.same(consent.signerName, member.name()));
    }
}
