package id.satuatap.worker;

import jakarta.validation.Valid;
import jakarta.validation.constraints.*;

import java.time.LocalDate;
import java.util.List;

/** Registration of a worker, as on the KTP and KK. */
public record WorkerRequest(
        @NotBlank String nik,
        @NotBlank @Size(max = 150) String fullName,
        @NotNull Sex sex,
        @NotNull @Past LocalDate birthDate,
        @Size(max = 100) String birthPlace,
        @NotNull MaritalStatus maritalStatus,
        @NotNull @Valid AddressDto address,
        @Pattern(regexp = "\\+?[0-9]{8,15}", message = "{satuatap.phone}") String phone,
        @Valid List<@NotNull @Valid FamilyMemberDto> familyMembers) {

    public record AddressDto(@Size(max = 100) String village, @Size(max = 100) String district,
                             @NotNull @Pattern(regexp = "\\d{4}", message = "{satuatap.digits4}") String regencyCode,
                             @NotNull @Pattern(regexp = "\\d{2}", message = "{satuatap.digits2}") String provinceCode,
                             String villageCode) {
    }

    public record FamilyMemberDto(@NotBlank @Size(max = 150) String name,
                                  @Pattern(regexp = "\\d{16}", message = "{satuatap.digits16}") String nik,
                                  @NotNull FamilyRelation relation) {
    }
}
