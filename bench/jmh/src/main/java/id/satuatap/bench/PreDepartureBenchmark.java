package id.satuatap.bench;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.openjdk.jmh.annotations.*;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.*;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The raw engine on the service's own models (bpmn/pre-departure.bpmn with document-verification.bpmn,
 * document-desk.dmn and placement-eligibility.dmn): one operation is one complete application, driven the way
 * the HTTP API drives the engine for a desk client — the eligibility decision, the start, one
 * "document-uploaded" message correlation per document, and a claim + completion as the desk user for each of
 * the 16 user tasks, until the instance ends at "ready-to-depart".
 *
 * <p><b>The delegates are stand-ins</b> (see {@link #standIns()}): the service's delegates are CDI beans that
 * write Panache entities (Document.findById, Timeline, ApplicationOutcomes) and read {@code @ConfigMapping}
 * configuration, which exist only inside a running Quarkus application. The stand-ins set the process variables
 * the real delegates set, so the engine takes the same path with the same variables; the domain rows the real
 * ones write (timeline entries, document decisions, closing the application) are not in this figure.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(16)
@Fork(1)
@Warmup(iterations = 2, time = 20)
@Measurement(iterations = 3, time = 20)
public class PreDepartureBenchmark {

    static final List<String> IDENTITY_DOCUMENTS =
            List.of("KTP", "KK", "BIRTH_CERTIFICATE", "MARRIAGE_STATUS", "FAMILY_CONSENT", "COMPETENCY_CERTIFICATE");
    static final List<String> DESK_DOCUMENTS = List.of("PASSPORT", "MEDICAL_CHECK", "SKCK", "BPJS_CARD");
    /** Desk account that verifies each document type, as in document-desk.dmn. */
    static final Map<String, String> DESK_OF = Map.ofEntries(
            Map.entry("KTP", "DUKCAPIL"), Map.entry("KK", "DUKCAPIL"), Map.entry("BIRTH_CERTIFICATE", "DUKCAPIL"),
            Map.entry("MARRIAGE_STATUS", "DISNAKER"), Map.entry("FAMILY_CONSENT", "DISNAKER"),
            Map.entry("COMPETENCY_CERTIFICATE", "DISNAKER"), Map.entry("PASSPORT", "IMIGRASI"),
            Map.entry("MEDICAL_CHECK", "KESEHATAN"), Map.entry("SKCK", "POLRI"), Map.entry("BPJS_CARD", "BPJS"));

    @State(Scope.Benchmark)
    public static class Engine extends EngineState {

        @Override
        Map<Object, Object> beans() {
            return standIns();
        }

        @Override
        DeploymentBuilder models(DeploymentBuilder deployment) {
            return deployment.addClasspathResource("pre-departure.bpmn").addClasspathResource("document-verification.bpmn")
                    .addClasspathResource("document-desk.dmn").addClasspathResource("placement-eligibility.dmn");
        }
    }

    /**
     * Stand-ins for the service's delegates, by bean name. Each sets what the real one sets for the engine; the
     * comment says what the real one does besides. Delegates off the happy path fail loudly if reached.
     */
    static Map<Object, Object> standIns() {
        Map<Object, Object> beans = new HashMap<>();
        // Real: the same, from PredepartureConfig (defaults copied here).
        beans.put("listRequiredDocuments", (JavaDelegate) execution -> requiredDocuments(execution,
                "IDENTITY".equals(execution.getVariableLocal("documentPhase")) ? IDENTITY_DOCUMENTS : DESK_DOCUMENTS));
        // Real: also a timeline row for the step.
        beans.put("recordDeskStep", (TaskListener) task -> { });
        // Real: also sets the document's status, decider and time, and a timeline row.
        beans.put("recordDeskDecision", (JavaDelegate) execution -> execution.removeVariable("reason"));
        // Real: reads the verified passport and medical check and compares their dates with the departure date.
        beans.put("checkDepartureValidity", (JavaDelegate) execution -> {
            execution.setVariable("documentsValidAtDeparture", true);
            requiredDocuments(execution, List.of());
        });
        // Real: also closes the application (status, time, timeline row, worker event).
        beans.put("issueIdPmi", (JavaDelegate) execution ->
                execution.setVariable("idPmiNumber", "PMI-2026-" + String.format("%010d", new Random().nextLong(10_000_000_000L))));
        for (String offPath : List.of("remindDesk", "escalateToCoordinator", "refuseApplication", "stopWithRedFlag", "lapseApplication")) {
            beans.put(offPath, (JavaDelegate) execution -> {
                throw new IllegalStateException(offPath + " is off the happy path");
            });
        }
        return beans;
    }

    static void requiredDocuments(DelegateExecution execution, List<String> documents) {
        execution.getProcessInstance().setVariable("requiredDocuments", Variables.objectValue(new ArrayList<>(documents), true).create());
    }

    /** One complete application, READY_TO_DEPART at the end. */
    @Benchmark
    public String applications(Engine state) {
        ProcessEngine engine = state.engine;
        String applicationId = UUID.randomUUID().toString();
        var eligible = as(engine, "DISNAKER", () -> engine.getDecisionService().evaluateDecisionTableByKey("placement-eligibility",
                Variables.createVariables().putValue("destinationCountry", "TW").putValue("sector", "MANUFACTURING")
                        .putValue("age", 25).putValue("scheme", "P3MI")).getSingleResult().getEntry("eligible"));
        if (!Boolean.TRUE.equals(eligible)) throw new IllegalStateException("not eligible: " + eligible);
        String instance = as(engine, "DISNAKER", () -> engine.getRuntimeService().startProcessInstanceByKey("pre-departure", applicationId,
                Variables.createVariables().putValue("applicationId", applicationId).putValue("slaReminder", "P2D")
                        .putValue("slaEscalation", "P4D").putValue("resubmissionWait", "P30D").putValue("mrcPartnerGroup", "SBMI")).getId());
        complete(engine, applicationId, "DISNAKER", "check-job-order", null,
                Map.of("jobOrderNumber", "JO-TW-2025-0042", "jobOrderValid", true));
        documents(engine, applicationId, IDENTITY_DOCUMENTS);
        complete(engine, applicationId, "DISNAKER", "recommend-passport", null, Map.of("recommendationNumber", "REK-562/2025"));
        documents(engine, applicationId, DESK_DOCUMENTS);
        complete(engine, applicationId, "PERBANKAN", "open-wage-account", null, Map.of("bankName", "Bank BRI", "accountOpened", true));
        complete(engine, applicationId, "SBMI", "offer-counselling", null, Map.of("counselling", "DECLINED"));
        complete(engine, applicationId, "BP3MI", "attend-orientation", null,
                Map.of("oppCertificateNumber", "OPP-3209-771", "familyConsentReconfirmed", true));
        complete(engine, applicationId, "DISNAKER", "sign-contract", null, Map.of("contractNumber", "PK-2025-0091",
                "departureDate", Date.from(LocalDate.now().plusDays(30).atStartOfDay().toInstant(ZoneOffset.UTC))));
        var ended = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult();
        if (!"ready-to-depart".equals(ended.getEndActivityId())) {
            throw new IllegalStateException("application " + applicationId + " ended at " + ended.getEndActivityId());
        }
        state.cpu.operations.incrementAndGet();
        return instance;
    }

    /** Each document uploaded (the message the upload endpoint correlates) and then verified by its desk. */
    static void documents(ProcessEngine engine, String applicationId, List<String> types) {
        for (String type : types) {
            as(engine, "DISNAKER", () -> engine.getRuntimeService().createMessageCorrelation("document-uploaded")
                    .processInstanceBusinessKey(applicationId).processInstanceVariableEquals("documentType", type)
                    .setVariable("documentId", UUID.randomUUID().toString()).setVariable("redFlag", false).correlateWithResult());
            complete(engine, applicationId, DESK_OF.get(type), "verify-document", "Verify " + type, Map.of("decision", "VERIFIED"));
        }
    }

    /**
     * Finds the task, claims it for the desk user and completes it as that user in one engine command, as POST
     * /api/v1/tasks/{id}/complete does (only the completion runs authenticated, so only it is in the operation log).
     */
    static void complete(ProcessEngine engine, String applicationId, String desk, String key, String name, Map<String, Object> variables) {
        var query = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(applicationId).taskDefinitionKey(key);
        Task task = (name == null ? query : query.taskName(name)).singleResult();
        if (task == null) throw new IllegalStateException("no open task " + key + " " + name + " of " + applicationId);
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        configuration.getCommandExecutorTxRequired().execute(context -> {
            engine.getTaskService().claim(task.getId(), desk.toLowerCase());
            return as(engine, desk, () -> {
                engine.getTaskService().complete(task.getId(), variables);
                return null;
            });
        });
    }

    static <T> T as(ProcessEngine engine, String desk, Supplier<T> work) {
        engine.getIdentityService().setAuthentication(desk.toLowerCase(), List.of(desk));
        try {
            return work.get();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}
