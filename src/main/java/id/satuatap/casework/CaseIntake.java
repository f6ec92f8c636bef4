package id.satuatap.casework;

import id.satuatap.casework.CaseAccess.Viewer;
import id.satuatap.predeparture.RedFlagRaised;
import id.satuatap.problem.ApiException;
import id.satuatap.region.RegionLevel;
import id.satuatap.region.Regions;
import id.satuatap.security.Role;
import id.satuatap.worker.FamilyLinks;
import id.satuatap.worker.WorkerDirectory;
import id.satuatap.worker.WorkerSummary;
import id.satuatap.workflow.EngineUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.RuntimeService;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.*;

/** Opens cases: from any channel through the API, and automatically from pre-departure red flags. */
@ApplicationScoped
public class CaseIntake {

    public static final String PROCESS_KEY = "case-handling";
    private static final Logger LOG = Logger.getLogger(CaseIntake.class);

    @Inject WorkerDirectory workers;
    @Inject RuntimeService runtime;
    @Inject EngineUser engineUser;
    @Inject CaseTimeline timeline;
    @Inject CaseworkConfig config;
    @Inject Regions regions;
    @Inject FamilyLinks familyLinks;

    public record Opened(String id, CaseStatus status, String processInstanceId) {
    }

    @Transactional
    public Opened file(Viewer viewer, CaseRequest request) {
        CaseAccess.checkFiling(viewer, request.reporter().type(), request.workerId(),
                familyLinks.isLinked(viewer.username(), request.workerId()));
        var record = new CaseRecord();
        record.channel = channel(viewer, request.channel());
        record.reporterType = request.reporter().type();
        record.reporterName = request.reporter().name();
        record.reporterPhone = request.reporter().phone();
        record.reportedBy = viewer.username();
        if (viewer.role() == Role.PARTNER && !viewer.groups().isEmpty()) {
            record.reportingOrganisation = viewer.groups().stream().sorted().findFirst().orElseThrow();
            record.involvedOrganisations.add(record.reportingOrganisation);
        }
        identify(record, subjectWorkerId(viewer, request), request.worker());
        record.stage = request.stage();
        if (request.stage() == Stage.ABROAD && request.country() == null) {
            throw ApiException.invalid("country", "is required when the person is abroad");
        }
        record.country = request.country();
        if (request.regencyCode() != null) {
            record.regencyCode = regions.require("regencyCode", request.regencyCode(), RegionLevel.REGENCY);
        }
        record.villageCode = regions.requireWithin("villageCode", request.villageCode(), record.regencyCode, RegionLevel.VILLAGE);
        if (record.villageCode != null && record.regencyCode == null) {
            record.regencyCode = record.villageCode.substring(0, RegionLevel.REGENCY.digits());
        }
        record.category = request.category();
        record.description = request.description().trim();
        record.shareWithPartners = request.consent().shareWithPartners();
        record.shareWithAuthorities = request.consent().shareWithAuthorities();
        record.language = request.language();
        record.respondent = request.respondent();
        return open(record, viewer.username(), viewer.groups());
    }

    /**
     * A red flag on a pre-departure application (stopped, or refused as a protection concern such as a minor) is a
     * possible trafficking case (TPPO), urgent until triage says otherwise; it names who brought the person.
     */
    @Transactional
    void onRedFlag(@Observes RedFlagRaised flag) {
        var record = new CaseRecord();
        record.channel = Channel.REFERRAL;
        record.reporterType = ReporterType.AUTHORITY;
        record.reportedBy = CaseTimeline.SYSTEM;
        identify(record, flag.workerId(), null);
        record.stage = Stage.PRE_DEPARTURE;
        record.country = flag.destinationCountry();
        record.category = CaseCategory.TRAFFICKING;
        record.urgent = true;
        record.traffickingIndicators.addAll(flag.kinds());
        record.description = String.join("; ", flag.evidence());
        if (flag.sponsor() != null) {
            record.sponsorName = flag.sponsor().name();
            record.sponsorRelation = flag.sponsor().relation().name();
            record.sponsorPhone = flag.sponsor().phone();
            record.sponsorAgencyLicense = flag.sponsor().placementAgencyLicense();
        }
        // Nobody has been asked yet: identity goes to authorities only, as the law on TPPO reporting allows.
        record.shareWithPartners = false;
        record.shareWithAuthorities = true;
        record.sourceApplicationId = flag.applicationId();
        Opened opened = open(record, CaseTimeline.SYSTEM, List.of());
        LOG.infof("Case %s opened from red flag on application %s", opened.id(), flag.applicationId());
    }

    /** What a verified community tip tells a new case: no named person, only where and whom it is about. */
    public record TipCase(String tipId, String verifiedBy, String description, CaseCategory category, Stage stage,
                          String regencyCode, String villageCode, String respondent) {
    }

    /**
     * A verified tip becomes a case reported by the verifying authority. Nobody consented yet, so like a red flag
     * it is shared with authorities only.
     */
    public Opened fromTip(TipCase tip) {
        var record = new CaseRecord();
        record.channel = Channel.REFERRAL;
        record.reporterType = ReporterType.AUTHORITY;
        record.reportedBy = tip.verifiedBy();
        record.stage = tip.stage();
        record.category = tip.category();
        record.regencyCode = tip.regencyCode();
        record.villageCode = tip.villageCode();
        record.respondent = tip.respondent();
        record.description = tip.description();
        record.shareWithPartners = false;
        record.shareWithAuthorities = true;
        record.sourceTipId = tip.tipId();
        Opened opened = open(record, tip.verifiedBy(), List.of());
        LOG.infof("Case %s opened from tip %s", opened.id(), tip.tipId());
        return opened;
    }

    /** Attaches a verified tip to an existing case; false when there is no such case. */
    public boolean attachTip(String caseId, String tipId, String actor) {
        if (caseId == null || CaseRecord.findById(caseId) == null) {
            return false;
        }
        timeline.record(caseId, TimelineStep.TIP_ATTACHED, actor, "tip=" + tipId);
        return true;
    }

    public boolean exists(String caseId) {
        return caseId != null && CaseRecord.findById(caseId) != null;
    }

    private Opened open(CaseRecord record, String actor, Collection<String> groups) {
        record.createdAt = CaseClock.now();
        if (record.description.length() > 4000) {
            record.description = record.description.substring(0, 4000);
        }
        record.persist();
        timeline.record(record.id, TimelineStep.REPORTED, actor, "channel=" + record.channel + " reporter=" + record.reporterType);
        Map<String, Object> variables = new HashMap<>();
        variables.put("caseId", record.id);
        variables.put("category", record.category == null ? null : record.category.name());
        variables.put("stage", record.stage.name());
        variables.put("sex", record.personSex == null ? null : record.personSex.name());
        variables.put("urgent", record.urgent);
        variables.put("legalService", "NONE");
        variables.put("triageDue", due(record.urgent ? config.urgentResponseTime() : config.triageTime()));
        variables.put("referralSla", config.referralSla().toString());
        variables.put("reopenWindow", config.reopenWindow().toString());
        var instance = engineUser.as(actor, List.copyOf(groups),
                () -> runtime.startProcessInstanceByKey(PROCESS_KEY, record.id, variables));
        record.processInstanceId = instance.getId();
        return new Opened(record.id, record.status, record.processInstanceId);
    }

    private void identify(CaseRecord record, String workerId, CaseRequest.Person person) {
        if (workerId != null && person != null) {
            throw ApiException.invalid("worker", "give either workerId or worker, not both");
        }
        if (workerId != null) {
            WorkerSummary worker = workers.find(workerId)
                    .orElseThrow(() -> ApiException.invalid("workerId", "no registered worker has this id"));
            record.workerId = worker.id();
            record.personName = worker.fullName();
            record.personNik = worker.nik();
            record.personSex = worker.sex();
            record.regencyCode = worker.regencyCode();
        } else if (person != null) {
            record.personName = person.fullName().trim();
            record.personNik = person.nik();
            record.personSex = person.sex();
        } else {
            throw ApiException.invalid("worker", "give workerId of a registered worker, or the person's fullName and sex");
        }
    }

    /** Reporting for themselves, worker accounts need not repeat their own record's id. */
    private static String subjectWorkerId(Viewer viewer, CaseRequest request) {
        if (request.workerId() == null && request.worker() == null && viewer.role() == Role.WORKER
                && request.reporter().type() == ReporterType.WORKER) {
            return viewer.workerId();
        }
        return request.workerId();
    }

    private static Channel channel(Viewer viewer, Channel requested) {
        if (viewer.role() == Role.WORKER) {
            if (requested != null && requested != Channel.MOBILE_APP) {
                throw ApiException.invalid("channel", "a worker account reports through the mobile app (MOBILE_APP)");
            }
            return Channel.MOBILE_APP;
        }
        if (requested == null) {
            throw ApiException.invalid("channel", "is required");
        }
        return requested;
    }

    private static Date due(Duration after) {
        return Date.from(CaseClock.now().plus(after));
    }
}
