package id.satuatap.worker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A worker's registered profile. */
public record WorkerView(String id, String nik, String fullName, Sex sex, LocalDate birthDate, String birthPlace,
                         MaritalStatus maritalStatus, WorkerRequest.AddressDto address, String phone,
                         List<WorkerRequest.FamilyMemberDto> familyMembers, Instant createdAt) {

    static WorkerView of(Worker w) {
        return new WorkerView(w.id, w.nik, w.fullName, w.sex, w.birthDate, w.birthPlace, w.maritalStatus,
                new WorkerRequest.AddressDto(w.address.village, w.address.district, w.address.regencyCode,
                        w.address.provinceCode, w.address.villageCode),
                w.phone,
                w.familyMembers.stream().map(m -> new WorkerRequest.FamilyMemberDto(m.name, m.nik, m.relation)).toList(),
                w.createdAt);
    }
}
