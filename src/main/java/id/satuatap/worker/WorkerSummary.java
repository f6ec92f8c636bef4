package id.satuatap.worker;

import java.time.LocalDate;

/** What other capabilities may know of a registered worker; the full profile stays in {@code worker}. */
public record WorkerSummary(String id, String nik, String fullName, Sex sex, LocalDate birthDate,
                            String maritalStatus, String regencyCode, String provinceCode) {
}
