package id.satuatap.predeparture;

import id.satuatap.agency.Standing;
import id.satuatap.audit.AuditLog;
import id.satuatap.document.DocumentType;
import id.satuatap.problem.ApiException;
import id.satuatap.security.CurrentUser;
import id.satuatap.web.Page;
import id.satuatap.web.PageRequest;
import id.satuatap.web.TimeCursor;
import id.satuatap.worker.WorkerDirectory;
import id.satuatap.worker.WorkerSummary;
import id.satuatap.workflow.EngineUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Registers applications (eligibility first, then the pre-departure process) and finds them for a caller. */
@ApplicationScoped
public class Applications {

    public static final String PROCESS_KEY = "pre-departure";
    private static final Logger LOG = Logger.getLogger(Applications.class);

    @Inject ApplicationAccess access;
    @Inject WorkerDirectory workers;
    @Inject Eligibility eligibility;
    @Inject RuntimeService runtime;
    @Inject EngineUser engineUser;
    @Inject Timeline timeline;
    @Inject AuditLog audit;
    @Inject PredepartureConfig config;
    @Inject RedFlags redFlags;
    @Inject AgencyLicenceCheck agencyLicence;

    /**
     * Records the application; a refused one is kept with status REFUSED (no process starts) and the caller turns
     * it into a 422, after this transaction has committed the record.
     */
    @Transactional
    public Application submit(ApplicationRequest request, CurrentUser user) {
        if (!access.mayUseApplications(user)) {
            throw ApiException.forbidden("Your role does not work with pre-departure applications");
        }
        WorkerSummary worker = access.mayActFor(user, request.workerId())
                ? workers.find(request.workerId()).orElse(null) : null;
        if (worker == null) {
            throw ApiException.invalid("workerId", "is not a registered worker you may apply for");
        }
        if (request.scheme() == PlacementScheme.P3MI
                && (request.placementAgencyLicense() == null || request.placementAgencyLicense().isBlank())) {
            throw ApiException.invalid("placementAgencyLicense", "is required for placement by a P3MI");
        }
        Standing agencyStanding = agencyLicence.standing(request.placementAgencyLicense());
        if (Application.count("workerId = ?1 and status = ?2", worker.id(), ApplicationStatus.IN_PROGRESS) > 0) {
            throw ApiException.conflict("The worker already has an application in progress");
        }
        Application application = newApplication(request, worker, user.username());
        Eligibility.Verdict verdict = eligibility.decide(request.destinationCountry(), request.sector(),
                application.ageAtApplication, request.scheme(), worker.provinceCode());
        application.minimumAge = verdict.minimumAge();
        if (!verdict.eligible()) {
            application.refusalReason = verdict.reason();
            application.close(ApplicationStatus.REFUSED);
            application.persist();
            timeline.record(application.id, TimelineEvent.REFUSED, Timeline.Detail.subject(verdict.reason()));
            audit.record(user.username(), "APPLICATION_REFUSED", "APPLICATION", application.id, verdict.reason());
            LOG.infof("Application %s refused: %s", application.id, verdict.reason());
            if (verdict.protectionConcern() != null) {
                redFlags.raise(application, List.of(verdict.protectionConcern()),
                        List.of("eligibility: refused as " + verdict.reason() + " by the placement-eligibility table"), null, null);
            }
            return application;
        }
        if (agencyStanding != null && !agencyStanding.licensed()) {
            agencyLicence.stop(application, agencyStanding, user.username());
            return application;
        }
        application.persist();
        var instance = engineUser.as(user.username(), user.groupList(), () -> runtime.startProcessInstanceByKey(
                PROCESS_KEY, application.id, Variables.createVariables()
                        .putValue("applicationId", application.id)
                        .putValue("slaReminder", config.deskReminder().toString())
                        .putValue("slaEscalation", config.deskEscalation().toString())
                        .putValue("resubmissionWait", config.resubmissionWait().toString())
                        .putValue("mrcPartnerGroup", config.mrcPartnerGroup())));
        application.processInstanceId = instance.getId();
        timeline.record(application.id, TimelineEvent.SUBMITTED, new Timeline.Detail(null, null, null, user.username(), null));
        audit.record(user.username(), "APPLICATION_SUBMITTED", "APPLICATION", application.id, "process " + instance.getId());
        return application;
    }

    /** Every document an application needs at some step: what may be uploaded while it runs. */
    public Set<DocumentType> requiredDocuments() {
        Set<DocumentType> all = EnumSet.noneOf(DocumentType.class);
        all.addAll(config.identityDocuments());
        all.addAll(config.deskDocuments());
        return all;
    }

    /** The application if the caller may see it; unknown and hidden ones are both 404. */
    public Application visible(String id, CurrentUser user) {
        Application application = Application.findById(id);
        if (application == null || !access.maySee(user, application)) {
            throw ApiException.notFound("No application " + id);
        }
        return application;
    }

    public Page<Application> list(String workerId, PageRequest page, CurrentUser user) {
        if (!access.mayUseApplications(user)) {
            throw ApiException.forbidden("Your role does not work with pre-departure applications");
        }
        String worker = workerId;
        if (!access.isStaff(user)) {
            // A worker account lists its own record's applications; naming another worker shows nothing.
            String own = user.workerId().orElse(null);
            if (own == null || workerId != null && !workerId.equals(own)) {
                return new Page<>(List.of(), null);
            }
            worker = own;
        }
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (worker != null) {
            query.append(" and workerId = :worker");
            params.put("worker", worker);
        }
        ListCursor after = ListCursor.parse(page.cursorValue());
        if (after != null) {
            query.append(" and (createdAt > :at or (createdAt = :at and id > :id))");
            params.put("at", after.at());
            params.put("id", after.id());
        }
        List<Application> rows = Application.find(query + " order by createdAt, id", params).page(0, page.limit() + 1).list();
        return page.keyPage(rows, a -> new ListCursor(a.createdAt, a.id).toString());
    }

    private Application newApplication(ApplicationRequest request, WorkerSummary worker, String username) {
        var application = new Application();
        application.workerId = worker.id();
        application.destinationCountry = request.destinationCountry();
        application.sector = request.sector();
        application.jobTitle = request.jobTitle();
        application.employerName = request.employerName();
        application.scheme = request.scheme();
        application.placementAgencyLicense = request.placementAgencyLicense();
        if (request.sponsor() != null) {
            application.sponsorName = request.sponsor().name().trim();
            application.sponsorRelation = request.sponsor().relation();
            application.sponsorPhone = request.sponsor().phone();
            application.sponsorAgencyLicense = request.sponsor().placementAgencyLicense();
        }
        application.status = ApplicationStatus.IN_PROGRESS;
        application.ageAtApplication = Period.between(worker.birthDate(), LocalDate.now()).getYears();
        application.createdAt = Instant.now();
        application.createdBy = username;
        return application;
    }

    /** Position in a list ordered by creation time, then id. */
    record ListCursor(Instant at, String id) {
        static ListCursor parse(String value) {
            if (value == null) {
                return null;
            }
            int bar = value.indexOf('|');
            try {
                return new ListCursor(TimeCursor.instant(value.substring(0, bar)), value.substring(bar + 1));
            } catch (RuntimeException e) {
                throw ApiException.invalid("cursor", "is not a cursor this list gave out");
            }
        }

        @Override
        public String toString() {
            return at + "|" + id;
        }
    }
}
