package id.satuatap.predeparture;

import id.satuatap.document.Document;
import id.satuatap.document.DocumentStatus;
import id.satuatap.document.DocumentType;
import id.satuatap.i18n.Messages;
import id.satuatap.predeparture.ApplicationView.*;
import id.satuatap.workflow.RunningInstances;
import id.satuatap.workflow.model.StepDeclarations;
import id.satuatap.workflow.task.BusinessKeyTasks;
import id.satuatap.workflow.task.CandidateGroups;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
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
    @Inject CandidateGroups candidateGroups;
    @Inject BusinessKeyTasks businessKeyTasks;
    @Inject RunningInstances runningInstances;
    @Inject StepDeclarations steps;
    @Inject HistoryService history;

    public ApplicationView view(Application application, boolean staff, Locale locale) {
        boolean running = runningInstances.isRunning(application.processInstanceId);
        String definition = definitionOf(application);
        Stage stage = running ? Stage.of(runtime.getActiveActivityIds(application.processInstanceId).stream()
                .map(step -> steps.stage(definition, step)).flatMap(Optional::stream).toList()) : Stage.CLOSED;
        Labels labels = code -> steps.name(definition, code, locale).orElseGet(() -> label(locale, code));
        List<Requirement> requirements = running && application.status == ApplicationStatus.IN_PROGRESS
                ? requirements(application, locale, labels) : List.of();
        return new ApplicationView(application.id, application.workerId, application.destinationCountry,
                application.sector, application.jobTitle, application.employerName, application.scheme,
                application.placementAgencyLicense, application.status, stage,
                statusText(application, stage, requirements, locale), application.refusalReason,
                application.idPmiNumber, application.createdAt, application.closedAt, application.processInstanceId,
                requirements, redFlags(application, staff), timeline(application, staff, locale, labels),
                staff && running ? openTasks(application, locale) : null);
    }

    /** Words for a code: the step's own display name in its model, else the message bundle's, else the code. */
    @FunctionalInterface
    interface Labels {
        String of(String code);
    }

    /** The process definition (version) the application runs or ran on; null for an application never started. */
    private String definitionOf(Application application) {
        if (application.processInstanceId == null) {
            return null;
        }
        var instance = history.createHistoricProcessInstanceQuery().processInstanceId(application.processInstanceId).singleResult();
        return instance == null ? null : instance.getProcessDefinitionId();
    }

    /** A fixed number of queries however many documents are awaited: phones poll this while an application runs. */
    private List<Requirement> requirements(Application application, Locale locale, Labels labels) {
        List<String> children = runtime.createProcessInstanceQuery().superProcessInstanceId(application.processInstanceId)
                .list().stream().map(ProcessInstance::getId).toList();
        Map<String, Map<String, Object>> variables = processVariables(children, "documentType", "desk");
        Set<String> awaitingUpload = runningInstances.waitingForMessage(application.id, DOCUMENT_UPLOADED);
        Map<DocumentType, Document> latest = new EnumMap<>(DocumentType.class);
        Document.<Document>list("applicationId = ?1 order by uploadedAt desc, id desc", application.id)
                .forEach(d -> latest.putIfAbsent(d.type, d));
        List<Requirement> documents = new ArrayList<>();
        for (String child : children) {
            Map<String, Object> own = variables.getOrDefault(child, Map.of());
            String type = (String) own.get("documentType");
            String desk = (String) own.get("desk");
            Optional<Document> rejected = Optional.ofNullable(latest.get(DocumentType.valueOf(type)))
                    .filter(d -> d.status == DocumentStatus.REJECTED);
            RequirementState state = !awaitingUpload.contains(child) ? RequirementState.AWAITING_DESK
                    : rejected.isPresent() ? RequirementState.RESUBMISSION_NEEDED : RequirementState.AWAITING_UPLOAD;
            String reason = state == RequirementState.RESUBMISSION_NEEDED ? rejected.get().rejectionReason : null;
            documents.add(new Requirement("DOCUMENT", type, state, desk, reason,
                    Messages.text(locale, "predeparture.requirement." + state, label(locale, type), orEmpty(desk), orEmpty(reason))));
        }
        documents.sort(Comparator.comparing(r -> DocumentType.valueOf(r.code())));
        List<Requirement> all = new ArrayList<>(documents);
        List<Task> open = tasks.createTaskQuery().processInstanceId(application.processInstanceId).list();
        Map<String, List<String>> groups = candidateGroups.of(open.stream().map(Task::getId).toList());
        for (Task task : open) {
            String desk = String.join(",", groups.getOrDefault(task.getId(), List.of()));
            all.add(new Requirement("STEP", task.getTaskDefinitionKey(), RequirementState.AWAITING_STEP, desk, null,
                    Messages.text(locale, "predeparture.requirement." + RequirementState.AWAITING_STEP,
                            labels.of(task.getTaskDefinitionKey()), desk)));
        }
        return all;
    }

    /** The named variables of each process instance, by instance id, in one query. */
    private Map<String, Map<String, Object>> processVariables(Collection<String> processInstanceIds, String... names) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Map<String, Object>> byInstance = new HashMap<>();
        runtime.createVariableInstanceQuery().processInstanceIdIn(processInstanceIds.toArray(String[]::new))
                .variableNameIn(names).list().stream()
                // The instance's own scope first, as getVariable on the instance would read it.
                .sorted(Comparator.comparing((VariableInstance v) -> !v.getProcessInstanceId().equals(v.getExecutionId())))
                .forEach(v -> byInstance.computeIfAbsent(v.getProcessInstanceId(), id -> new HashMap<>())
                        .putIfAbsent(v.getName(), v.getValue()));
        return byInstance;
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
                staff ? List.copyOf(f.evidence) : null, staff ? f.raisedBy : null, staff ? f.reason : null,
                f.resolution, f.resolvedAt)).toList();
    }

    private static List<TimelineItem> timeline(Application application, boolean staff, Locale locale, Labels labels) {
        return TimelineEntry.of(application.id).stream().map(e -> new TimelineItem(e.at(), e.event(), e.subject(),
                e.documentId(), e.desk(), e.reason(),
                Messages.text(locale, "predeparture.timeline." + e.event(), e.subject() == null ? "" : labels.of(e.subject()), orEmpty(e.desk()),
                        e.event() == TimelineEvent.STEP_COMPLETED ? label(locale, e.reason()) : orEmpty(e.reason())),
                staff ? e.actor() : null)).toList();
    }

    private List<OpenTask> openTasks(Application application, Locale locale) {
        List<Task> open = businessKeyTasks.query(application.id)
                .map(query -> query.orderByTaskCreateTime().asc().list()).orElse(List.of());
        Map<String, List<String>> groups = candidateGroups.of(open.stream().map(Task::getId).toList());
        Map<String, Map<String, Object>> variables = processVariables(
                open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()), "documentType");
        return open.stream().map(t -> new OpenTask(t.getId(), t.getName(), t.getTaskDefinitionKey(),
                groups.getOrDefault(t.getId(), List.of()), t.getAssignee(), t.getCreateTime().toInstant(),
                (String) variables.getOrDefault(t.getProcessInstanceId(), Map.of()).get("documentType"),
                steps.name(t.getProcessDefinitionId(), t.getTaskDefinitionKey(), locale).orElse(null))).toList();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The words for a document type, refusal code or outcome; the code itself when there are none. */
    static String label(Locale locale, String code) {
        if (code == null) {
            return "";
        }
        for (String prefix : List.of("document.type.", "predeparture.refusal.", "predeparture.outcome.")) {
            String key = prefix + code;
            String text = Messages.text(locale, key);
            if (!text.equals(key)) {
                return text;
            }
        }
        return code;
    }
}
