package id.satuatap.worker;

import id.satuatap.audit.AuditLog;
import id.satuatap.problem.ApiException;
import id.satuatap.security.Account;
import id.satuatap.security.AccountIdentityProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;

/** Registers workers after checking the NIK against what they declare. */
@ApplicationScoped
public class WorkerRegistry {

    @Inject AuditLog audit;
    @Inject AccountIdentityProvider identities;

    @Transactional
    public Worker register(WorkerRequest request, String registeredBy, boolean linkToAccount) {
        NikNumber nik = NikNumber.parse(request.nik());
        if (!nik.agreesWith(request.birthDate(), request.sex())) {
            throw ApiException.invalid("nik", "does not match the declared date of birth and sex");
        }
        if (Worker.findByNik(nik.value()).isPresent()) {
            throw ApiException.conflict("A worker with this NIK is already registered");
        }
        for (int i = 0; request.familyMembers() != null && i < request.familyMembers().size(); i++) {
            String memberNik = request.familyMembers().get(i).nik();
            if (memberNik != null) {
                try {
                    NikNumber.parse(memberNik);
                } catch (ApiException e) {
                    throw ApiException.invalid("familyMembers[" + i + "].nik", e.errors().get(0).message());
                }
            }
        }
        Worker worker = new Worker();
        worker.nik = nik.value();
        worker.fullName = request.fullName().trim();
        worker.sex = request.sex();
        worker.birthDate = request.birthDate();
        worker.birthPlace = request.birthPlace();
        worker.maritalStatus = request.maritalStatus();
        worker.address.village = request.address().village();
        worker.address.district = request.address().district();
        worker.address.regencyCode = request.address().regencyCode();
        worker.address.provinceCode = request.address().provinceCode();
        worker.phone = request.phone();
        if (request.familyMembers() != null) {
            request.familyMembers().forEach(m -> {
                FamilyMember member = new FamilyMember();
                member.name = m.name().trim();
                member.nik = m.nik();
                member.relation = m.relation();
                worker.familyMembers.add(member);
            });
        }
        worker.createdAt = Instant.now();
        worker.createdBy = registeredBy;
        worker.persist();
        if (linkToAccount) {
            Account account = Account.findByUsername(registeredBy).orElseThrow();
            account.workerId = worker.id;
            identities.forget(registeredBy);
        }
        audit.record(registeredBy, "WORKER_REGISTERED", "WORKER", worker.id, null);
        return worker;
    }
}
