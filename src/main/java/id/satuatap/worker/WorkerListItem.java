package id.satuatap.worker;

import java.time.LocalDate;

/** A worker as a search lists it: enough to tell people apart, without address or family. */
public record WorkerListItem(String id, String nik, String fullName, Sex sex, LocalDate birthDate, String phone,
                             String regencyCode) {

    static WorkerListItem of(Worker w) {
        return new WorkerListItem(w.id, w.nik, w.fullName, w.sex, w.birthDate, w.phone, w.address.regencyCode);
    }
}
