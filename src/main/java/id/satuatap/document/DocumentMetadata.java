package id.satuatap.document;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import id.satuatap.problem.FieldError;
import id.satuatap.worker.Sex;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the uploader read off the document (the JSON part {@code metadata}); the automatic checks compare it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DocumentMetadata(
        @Size(max = 64) String number,
        @Size(max = 150) String holderName,
        @Pattern(regexp = "\\d{16}", message = "must be 16 digits") String holderNik,
        LocalDate holderBirthDate,
        Sex holderSex,
        LocalDate issuedOn,
        LocalDate expiresOn,
        @Size(max = 150) String signerName,
        @Pattern(regexp = "\\d{16}", message = "must be 16 digits") String signerNik,
        @Pattern(regexp = "SPOUSE|FATHER|MOTHER|GUARDIAN|CHILD|SIBLING|OTHER",
                message = "must be a relation of the family card (SPOUSE, FATHER, MOTHER, GUARDIAN, CHILD, SIBLING, OTHER)")
        String signerRelation) {

    public static final DocumentMetadata NONE = new DocumentMetadata(null, null, null, null, null, null, null, null, null, null);

    /** Fields a document of this type must state so that it can be checked at all. */
    List<FieldError> missingFor(DocumentType type) {
        List<FieldError> missing = new ArrayList<>();
        if (type.statesIdentity()) {
            require(missing, "holderName", holderName);
            require(missing, "holderBirthDate", holderBirthDate);
            require(missing, "holderSex", holderSex);
        }
        if (type == DocumentType.KTP || type == DocumentType.KK) {
            require(missing, "holderNik", holderNik);
        }
        if (type == DocumentType.PASSPORT) {
            require(missing, "number", number);
            require(missing, "expiresOn", expiresOn);
        }
        if (type == DocumentType.MEDICAL_CHECK) {
            require(missing, "issuedOn", issuedOn);
        }
        if (type == DocumentType.FAMILY_CONSENT) {
            require(missing, "signerName", signerName);
            require(missing, "signerNik", signerNik);
            require(missing, "signerRelation", signerRelation);
        }
        return missing;
    }

    private static void require(List<FieldError> missing, String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            missing.add(new FieldError("metadata." + field, "is required for this document type"));
        }
    }
}
