package id.satuatap.worker;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A worker's registered profile; on the registration receipt also the code that links the worker's phone. */
public record WorkerView(String id, String nik, String fullName, Sex sex, LocalDate birthDate, String birthPlace,
                         MaritalStatus maritalStatus, WorkerRequest.AddressDto address, String phone,
                         List<WorkerRequest.FamilyMemberDto> familyMembers, Instant createdAt,
                         @JsonInclude(JsonInclude.Include.NON_NULL)
                         @Schema(description = "Only in the answer to a registration: the one-time code to print on "
                                 + "the receipt, which links the worker's phone account (POST /api/v1/me/claim)")
                         ClaimCodeView claimCode) {

    static WorkerView of(Worker w) {
        return new WorkerView(w.id, w.nik, w.fullName, w.sex, w.birthDate, w.birthPlace, w.maritalStatus,
                new WorkerRequest.AddressDto(w.address.village, w.address.district, w.address.regencyCode,
                        w.address.provinceCode, w.address.villageCode),
                w.phone,
                w.familyMembers.stream().map(m -> new WorkerRequest.FamilyMemberDto(m.name, m.nik, m.relation)).toList(),
                w.createdAt, null);
    }

    static WorkerView receipt(Worker w, ClaimCodeView claimCode) {
        WorkerView view = of(w);
        return new WorkerView(view.id, view.nik, view.fullName, view.sex, view.birthDate, view.birthPlace,
                view.maritalStatus, view.address, view.phone, view.familyMembers, view.createdAt, claimCode);
    }
}
