package id.satuatap.casework;

import id.satuatap.worker.Sex;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;

/**
 * Body of POST /cases: a complaint about a registered worker ({@code workerId}) or about a person not (yet)
 * registered ({@code worker}). Worker accounts may leave out {@code channel} (it is MOBILE_APP) and, reporting
 * for themselves, {@code workerId}.
 */
public record CaseRequest(
        Channel channel,
        @NotNull @Valid Reporter reporter,
        @Size(max = 36) String workerId,
        @Valid Person worker,
        @NotNull Stage stage,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code") String country,
        @Pattern(regexp = "\\d{4}", message = "must be a 4-digit regency code") String regencyCode,
        CaseCategory category,
        @NotBlank @Size(max = 4000) String description,
        @NotNull @Valid Consent consent,
        @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 language code") String language,
        @Size(max = 64) String respondent,
        String villageCode) {

    public record Reporter(@NotNull ReporterType type, @Size(max = 200) String name,
                           @Pattern(regexp = "\\+?[0-9]{8,15}", message = "must be 8 to 15 digits, optionally starting with +")
                           String phone) {
    }

    public record Person(@NotBlank @Size(max = 200) String fullName,
                         @Pattern(regexp = "\\d{16}", message = "must be 16 digits") String nik,
                         @NotNull Sex sex) {
    }

    /** What the person agreed may be shared: with MRC partners, and with authorities (embassy, police, BP2MI, LPSK). */
    public record Consent(@NotNull Boolean shareWithPartners, @NotNull Boolean shareWithAuthorities) {
    }
}
