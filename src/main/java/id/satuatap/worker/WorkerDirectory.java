package id.satuatap.worker;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/** What other capabilities may look up about a registered worker. */
@ApplicationScoped
public class WorkerDirectory {

    public Optional<WorkerSummary> find(String workerId) {
        return Worker.<Worker>findByIdOptional(workerId).map(w -> new WorkerSummary(w.id, w.nik, w.fullName, w.sex,
                w.birthDate, w.maritalStatus.name(), w.address.regencyCode, w.address.provinceCode));
    }

    /** The family card (KK) lines of the worker; empty when the worker is unknown. */
    public List<FamilyMemberView> family(String workerId) {
        return Worker.<Worker>findByIdOptional(workerId)
                .map(w -> w.familyMembers.stream().map(m -> new FamilyMemberView(m.name, m.nik, m.relation.name())).toList())
                .orElse(List.of());
    }
}
