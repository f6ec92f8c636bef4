package id.satuatap.worker;

import id.satuatap.audit.AuditLog;
import id.satuatap.problem.ApiException;
import id.satuatap.region.RegionLevel;
import id.satuatap.region.Regions;
import id.satuatap.web.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;

/** Registers workers after checking the NIK against what they declare. */
@ApplicationScoped
public class WorkerRegistry {

    @Inject AuditLog audit;
    @Inject Regions regions;

    @Transactional
    public Worker register(WorkerRequest request, String registeredBy) {
        NikNumber nik = NikNumber.parse(request.nik());
        if (!nik.agreesWith(request.birthDate(), request.sex())) {
            throw ApiException.invalid("nik", "does not match the declared date of birth and sex");
        }
        Worker.findByNik(nik.value()).ifPresent(existing -> {
            throw new DuplicateNikException(existing.id);
        });
        checkFamilyNiks(request);
        Worker worker = new Worker();
        worker.nik = nik.value();
        worker.sex = request.sex();
        worker.birthDate = request.birthDate();
        copyProfile(request, worker);
        worker.address.villageCode = villageCode(request.address());
        worker.createdAt = Instant.now();
        worker.createdBy = registeredBy;
        worker.persist();
        audit.record(registeredBy, "WORKER_REGISTERED", "WORKER", worker.id, null);
        return worker;
    }

    /**
     * Changes the profile; NIK, sex and date of birth are identity facts that a profile edit must not touch
     * (a changed birth date is exactly what an age forgery looks like).
     */
    @Transactional
    public Worker update(String id, WorkerRequest request, String ifMatch, String updatedBy) {
        Worker worker = Worker.<Worker>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("No worker " + id));
        ETags.requireMatch(ifMatch, worker.version);
        if (!worker.nik.equals(request.nik()) || worker.sex != request.sex() || !worker.birthDate.equals(request.birthDate())) {
            throw ApiException.unprocessable("NIK, sex and date of birth cannot be changed by a profile update");
        }
        checkFamilyNiks(request);
        worker.familyMembers.clear();
        copyProfile(request, worker);
        worker.address.villageCode = villageCode(request.address());
        audit.record(updatedBy, "WORKER_UPDATED", "WORKER", worker.id, null);
        return worker;
    }

    /** A known village of the regency the address names. */
    private String villageCode(WorkerRequest.AddressDto address) {
        return regions.requireWithin("address.villageCode", address.villageCode(), address.regencyCode(), RegionLevel.VILLAGE);
    }

    private static void checkFamilyNiks(WorkerRequest request) {
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
    }

    private static void copyProfile(WorkerRequest request, Worker worker) {
        worker.fullName = request.fullName().trim();
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
    }
}
