package id.satuatap.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.satuatap.i18n.Messages;
import id.satuatap.worker.Sex;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** An uploaded document with its metadata and the outcome of its automatic checks. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentView(String id, String applicationId, DocumentType type, DocumentStatus status, String contentType,
                           long sizeBytes, String sha256, Instant uploadedAt, Metadata metadata, List<CheckView> checks,
                           String rejectionReason, Instant decidedAt) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Metadata(String number, String holderName, String holderNik, LocalDate holderBirthDate, Sex holderSex,
                           LocalDate issuedOn, LocalDate expiresOn, String signerName, String signerNik,
                           String signerRelation) {
    }

    /** @param redFlag whether the failure stopped the application */
    public record CheckView(CheckRule rule, boolean passed, boolean redFlag, String message) {
    }

    static DocumentView of(Document d, Locale locale) {
        String typeLabel = Messages.text(locale, "document.type." + d.type);
        return new DocumentView(d.id, d.applicationId, d.type, d.status, d.contentType, d.sizeBytes, d.sha256, d.uploadedAt,
                new Metadata(d.number, d.holderName, d.holderNik, d.holderBirthDate, d.holderSex, d.issuedOn, d.expiresOn,
                        d.signerName, d.signerNik, d.signerRelation),
                d.checks.stream().map(c -> new CheckView(c.rule, c.passed, c.raisesRedFlag(), Messages.text(locale,
                        "document.check." + c.rule + (c.passed ? ".passed" : ".failed"), typeLabel))).toList(),
                d.rejectionReason, d.decidedAt);
    }
}
