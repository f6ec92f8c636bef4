package id.satuatap.tip;

import id.satuatap.casework.CaseCategory;
import id.satuatap.casework.Stage;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of POST /tips/{id}/verification: the police unit's or BP3MI's finding. A verified tip may open a case
 * ({@code category} and {@code stage} of the case, TRAFFICKING and PRE_DEPARTURE by default) or be attached to an
 * existing one ({@code caseId}).
 */
public record TipVerification(
        @NotNull Boolean verified,
        @NotBlank @Size(max = 2000) String finding,
        TipAction action,
        @Size(max = 36) String caseId,
        CaseCategory category,
        Stage stage) {
}
