package id.satuatap.casework;

import id.satuatap.notification.PartnerEvents;
import id.satuatap.notification.WorkerEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Referral records: offering, answering, expiring, and the facts routing needs (who was asked, who is busy). */
@ApplicationScoped
public class Referrals {

    @Inject PartnerEvents partnerEvents;
    @Inject WorkerEvents workerEvents;

    public Referral offer(CaseRecord record, String service, String partnerCode, Instant dueAt, String processInstanceId) {
        var referral = new Referral();
        referral.caseId = record.id;
        referral.service = service;
        referral.partnerCode = partnerCode;
        referral.offeredAt = CaseClock.now();
        referral.dueAt = dueAt;
        referral.processInstanceId = processInstanceId;
        referral.persist();
        record.involvedOrganisations.add(partnerCode);
        notifyPartner(referral, "REFERRAL_OFFERED");
        return referral;
    }

    public void answer(Referral referral, boolean accepted, String actor, String reason) {
        referral.status = accepted ? ReferralStatus.ACCEPTED : ReferralStatus.DECLINED;
        referral.answeredAt = CaseClock.now();
        referral.answeredBy = actor;
        referral.declineReason = accepted || reason == null ? null : reason.trim();
        notifyPartner(referral, accepted ? "REFERRAL_ACCEPTED" : "REFERRAL_DECLINED");
        CaseRecord record = CaseRecord.findById(referral.caseId);
        if (accepted && record != null && record.workerId != null) {
            workerEvents.publish(record.workerId, "CASE_UPDATED", "CASE", record.id, "event.case.referral-accepted",
                    referral.service);
        }
    }

    /** Services that bring the person home: delivered, the case's stage becomes RETURNED. */
    public static final Set<String> BRINGS_HOME = Set.of("REPATRIATION");

    public void deliver(Referral referral, LocalDate deliveredOn, String what, String actor) {
        referral.status = ReferralStatus.DELIVERED;
        referral.deliveredOn = deliveredOn;
        referral.deliveredWhat = what.trim();
        referral.deliveredAt = CaseClock.now();
        referral.deliveredBy = actor;
        notifyPartner(referral, "REFERRAL_DELIVERED");
        CaseRecord record = CaseRecord.findById(referral.caseId);
        if (record != null && record.workerId != null) {
            workerEvents.publish(record.workerId, "CASE_UPDATED", "CASE", record.id, "event.case.referral-delivered",
                    referral.service);
        }
    }

    public void markUndelivered(Referral referral) {
        referral.status = ReferralStatus.UNDELIVERED;
        notifyPartner(referral, "REFERRAL_UNDELIVERED");
    }

    /** Services a partner accepted (and is providing) or delivered for the case. */
    public Set<String> givenServices(String caseId) {
        return Referral.<Referral>list("caseId = ?1 and status in ?2", caseId,
                        List.of(ReferralStatus.ACCEPTED, ReferralStatus.DELIVERED)).stream()
                .map(r -> r.service).collect(Collectors.toSet());
    }

    public void expire(Referral referral) {
        referral.status = ReferralStatus.EXPIRED;
        referral.answeredAt = CaseClock.now();
        notifyPartner(referral, "REFERRAL_EXPIRED");
    }

    /** Ids and statuses only: what the partner may read of the case it fetches through the API under consent. */
    private void notifyPartner(Referral referral, String type) {
        partnerEvents.publish(referral.partnerCode, type, "REFERRAL", referral.id, Map.of(
                "caseId", referral.caseId, "service", String.valueOf(referral.service),
                "status", String.valueOf(referral.status), "dueAt", String.valueOf(referral.dueAt)));
    }

    /**
     * Partners this chain already offered its service: a chain never asks the same partner twice. A case triaged
     * again after reopening starts new chains, which may ask the partners of the earlier ones again.
     */
    public Set<String> askedInChain(String caseId, String chainProcessInstanceId) {
        // The case narrows the read through its index; the chain's instance id alone has none.
        return Referral.<Referral>list("caseId = ?1 and processInstanceId = ?2", caseId, chainProcessInstanceId).stream()
                .map(r -> r.partnerCode).collect(Collectors.toSet());
    }

    /** Open referrals (offered or accepted, on cases not closed) per partner: its current caseload. */
    public Map<String, Long> openLoad() {
        List<Object[]> rows = Referral.getEntityManager().createQuery(
                        "select r.partnerCode, count(r) from Referral r where r.status in :open"
                                + " and r.caseId in (select c.id from CaseRecord c where c.status <> :closed)"
                                + " group by r.partnerCode", Object[].class)
                .setParameter("open", List.of(ReferralStatus.OFFERED, ReferralStatus.ACCEPTED))
                .setParameter("closed", CaseStatus.CLOSED)
                .getResultList();
        Map<String, Long> load = new HashMap<>();
        rows.forEach(row -> load.put((String) row[0], (Long) row[1]));
        return load;
    }

    public List<Referral> ofCase(String caseId) {
        return Referral.list("caseId = ?1 order by offeredAt, id", caseId);
    }

    public Set<String> acceptedOrganisations(String caseId) {
        return Referral.<Referral>list("caseId = ?1 and status = ?2", caseId, ReferralStatus.ACCEPTED).stream()
                .map(r -> r.partnerCode).collect(Collectors.toSet());
    }
}
