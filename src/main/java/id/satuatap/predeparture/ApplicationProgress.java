package id.satuatap.predeparture;

import id.satuatap.document.Document;
import id.satuatap.document.DocumentStatus;
import id.satuatap.document.DocumentType;
import id.satuatap.i18n.Messages;
import id.satuatap.predeparture.ApplicationView.*;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

import java.util.*;
import java.util.stream.Collectors;

/**
 * Reads where an application stands from its record, its timeline and the running process instances (the
 * pre-departure instance and one document-verification instance per awaited document), in words for people.
 */
@ApplicationScoped
public class ApplicationProgress {

    private static final String DOCUMENT_UPLOADED = "document-uploaded";

    @Inject RuntimeService runtime;
    @Inject TaskService tasks;

    public ApplicationView view(Application application, boolean staff, Locale locale) {
        boolean running = application.processInstanceId != null && runtime.createProcessInstanceQuery()
                .processInstanceId(application.processInstanceId).count() > 0;
        Stage stage = running ? Stage.of(runtime.getActiveActivityIds(application.processInstanceId)) : Stage.CLOSED;
        List<Requirement> requirements = running && application.status == ApplicationStatus.IN_PROGRESS
                ? requirements(application, locale) : List.of();
        return new ApplicationView(application.id, application.workerId, application.destinationCountry,
                application.sector, application.jobTitle, application.employerName, application.scheme,
                application.placementAgencyLicense, application.status, stage,
                statusText(application, stage, requirements, locale), application.refusalReason,
                application.idPmiNumber, application.createdAt, application.closedAt, application.processInstanceId,
                requirements, redFlags(application, staff), timeline(application, staff, locale),
                staff && running ? openTasks(application) : null);
    }

    private List<Requirement> requirements(Application application, Locale locale) {
        List<Requirement> documents = new ArrayList<>();
        for (ProcessInstance child : runtime.createProcessInstanceQuery()
                .superProcessInstanceId(application.processInstanceId).list()) {
            String type = (String) runtime.getVariable(child.getId(), "documentType");
            String desk = (String) runtime.getVariable(child.getId(), "desk");
            boolean awaitingUpload = runtime.createEventSubscriptionQuery().processInstanceId(child.getId())
                    .eventName(DOCUMENT_UPLOADED).count() > 0;
            Optional<Document> rejected = Document.latest(application.id, DocumentType.valueOf(type))
                    .filter(d -> d.status == DocumentStatus.REJECTED);
            RequirementState state = !awaitingUpload ? RequirementState.AWAITING_DESK
                    : rejected.isPresent() ? RequirementState.RESUBMISSION_NEEDED : RequirementState.AWAITING_UPLOAD;
            String reason = state == RequirementState.RESUBMISSION_NEEDED ? rejected.get().rejectionReason : null;
            documents.add(new Requirement("DOCUMENT", type, state, desk, reason,
                    Messages.text(locale, "predeparture.requirement." + state, label(locale, type), orEmpty(desk), orEmpty(reason))));
        }
        documents.sort(Comparator.comparing(r -> DocumentType.valueOf(r.code())));
        List<Requirement> all = new ArrayList<>(documents);
        for (Task task : tasks.createTaskQuery().processInstanceId(application.processInstanceId).list()) {
            String desk = String.join(",", candidateGroups(task));
            all.add(new Requirement("STEP", task.getTaskDefinitionKey(), RequirementState.AWAITING_STEP, desk, null,
                    Messages.text(locale, "predeparture.requirement." + RequirementState.AWAITING_STEP,
                            label(locale, task.getTaskDefinitionKey()), desk)));
        }
        return all;
    }

    private String statusText(Application application, Stage stage, List<Requirement> requirements, Locale locale) {
        String status = "predeparture.status." + application.status;
        return switch (application.status) {
            case IN_PROGRESS -> {
                String text = Messages.text(locale, status, Messages.text(locale, "predeparture.stage." + stage));
                yield requirements.isEmpty() ? text : text + " " + Messages.text(locale, "predeparture.status.missing",
                        requirements.stream().map(Requirement::text).collect(Collectors.joining("; ")));
            }
            case REFUSED -> Messages.text(locale, status, label(locale, application.refusalReason),
                    application.minimumAge == null ? "-" : application.minimumAge);
            case READY_TO_DEPART -> Messages.text(locale, status, application.idPmiNumber);
            case STOPPED, LAPSED -> Messages.text(locale, status);
        };
    }

    private static List<RedFlagView> redFlags(Application application, boolean staff) {
        return RedFlag.of(application.id).stream().map(f -> new RedFlagView(f.id, f.raisedAt, List.copyOf(f.kinds),
                staff ? List.copyOf(f.evidence) : null)).toList();
    }

    private static List<TimelineItem> timeline(Application application, boolean staff, Locale locale) {
        return TimelineEntry.of(application.id).stream().map(e -> new TimelineItem(e.at, e.event, e.subject,
                e.documentId, e.desk, e.reason,
                Messages.text(locale, "predeparture.timeline." + e.event, label(locale, e.subject), orEmpty(e.desk),
                        e.event == TimelineEvent.STEP_COMPLETED ? label(locale, e.reason) : orEmpty(e.reason)),
                staff ? e.actor : null)).toList();
    }

    private List<OpenTask> openTasks(Application application) {
        return tasks.createTaskQuery().processInstanceBusinessKey(application.id).orderByTaskCreateTime().asc().list()
                .stream().map(t -> new OpenTask(t.getId(), t.getName(), t.getTaskDefinitionKey(), candidateGroups(t),
                        t.getAssignee(), t.getCreateTime().toInstant(),
                        (String) runtime.getVariable(t.getExecutionId(), "documentType"))).toList();
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).sorted().toList();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The words for a document type, process step or refusal code; the code itself when there are none. */
    static String label(Locale locale, String code) {
        if (code == null) {
            return "";
        }
        for (String prefix : List.of("document.type.", "predeparture.step.", "predeparture.refusal.", "predeparture.outcome.")) {
            String key = prefix + code;
            String text = Messages.text(locale, key);
            if (!text.equals(key)) {
                return text;
            }
        }
        return code;
    }
}
