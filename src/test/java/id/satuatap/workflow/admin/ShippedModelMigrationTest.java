package id.satuatap.workflow.admin;

import id.satuatap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static id.satuatap.workflow.model.TestModels.deploy;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Every shipped model can be rolled out as a next version without stranding its running instances: a copy
 * with a trivial change is deployed through the admin API (so it passes the full upload validation too),
 * and instances waiting in each of its wait states migrate to it with the equal-id plan.
 */
@QuarkusTest
class ShippedModelMigrationTest {

    private static final Pattern VARIABLE = Pattern.compile("^\\s*\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}\\s*$");

    @Inject RuntimeService runtime;
    @Inject RepositoryService repository;

    static Stream<String> shippedModels() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".bpmn")).sorted()
                    .toList();
            assertFalse(names.isEmpty(), "the models folder has no BPMN file");
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedModels")
    void runningInstancesMigrateToTheNextVersion(String fileName) throws IOException {
        String xml = Files.readString(Path.of("bpmn", fileName));
        Map<String, ProcessDefinition> current = new LinkedHashMap<>();
        Map<String, Map<String, List<String>>> waiting = new LinkedHashMap<>();
        for (ProcessDefinition definition : latestOf(fileName)) {
            current.put(definition.getKey(), definition);
            waiting.put(definition.getKey(), startInEveryWaitState(definition));
        }
        assertFalse(current.isEmpty(), fileName + " was not deployed at start-up");

        String deployment = deploy(fileName, xml + "\n<!-- next version: migration test -->\n").statusCode(201)
                .extract().path("id");
        try {
            for (ProcessDefinition definition : current.values()) {
                migrateToNext(definition, waiting.get(definition.getKey()));
            }
        } finally {
            // Other tests start these processes by key: the next version must not outlive this test.
            waiting.values().forEach(instances -> runtime.deleteProcessInstancesIfExists(
                    List.copyOf(instances.keySet()), "migration test", true, true, true));
            repository.deleteDeployment(deployment, true, true);
        }
    }

    private void migrateToNext(ProcessDefinition definition, Map<String, List<String>> instances) {
        ProcessDefinition next = repository.createProcessDefinitionQuery().processDefinitionKey(definition.getKey())
                .latestVersion().singleResult();
        assertEquals(definition.getVersion() + 1, next.getVersion());
        // Whether or not a running instance could be placed, the plan must carry every activity over.
        List<String> mapped = Api.as("admin").body(Map.of("sourceDefinitionId", definition.getId(),
                        "targetDefinitionId", next.getId(), "dryRun", true))
                .post("/api/v1/admin/migrations").then().statusCode(200).body("outcome", equalTo("DRY_RUN"))
                .extract().path("instructions.sourceActivityId");
        BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
        model.getModelElementsByType(UserTask.class).forEach(task ->
                assertTrue(mapped.contains(task.getId()), task.getId() + " of " + definition.getKey() + " is not mapped"));
        if (instances.isEmpty()) {
            return;
        }
        Api.as("admin").body(Map.of("sourceDefinitionId", definition.getId(), "targetDefinitionId", next.getId(),
                        "processInstanceIds", List.copyOf(instances.keySet())))
                .post("/api/v1/admin/migrations").then().log().ifValidationFails().statusCode(200)
                .body("outcome", equalTo("MIGRATED"));
        instances.forEach((id, activities) -> {
            assertEquals(next.getId(), runtime.createProcessInstanceQuery().processInstanceId(id).singleResult()
                    .getProcessDefinitionId());
            assertEquals(activities, runtime.getActiveActivityIds(id).stream().sorted().toList());
        });
    }

    private List<ProcessDefinition> latestOf(String fileName) {
        return repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .filter(d -> fileName.equals(d.getResourceName())).toList();
    }

    /**
     * One instance per wait state that can be entered without domain data; each instance's active activities.
     * Timer expressions get a far-off value, since delegates would normally compute them.
     */
    private Map<String, List<String>> startInEveryWaitState(ProcessDefinition definition) {
        BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
        Process process = model.getModelElementById(definition.getKey());
        Map<String, Object> timers = timerVariables(model);
        Map<String, List<String>> started = new LinkedHashMap<>();
        Stream.of(UserTask.class, ReceiveTask.class, IntermediateCatchEvent.class, CallActivity.class,
                        org.camunda.bpm.model.bpmn.instance.EventBasedGateway.class)
                .flatMap(type -> model.getModelElementsByType(type).stream())
                .filter(node -> belongsTo(node, process))
                // An event after an event-based gateway is waited for by the gateway, which is started instead.
                .filter(node -> node.getPreviousNodes().filterByType(org.camunda.bpm.model.bpmn.instance.EventBasedGateway.class)
                        .list().isEmpty())
                .forEach(node -> {
                    try {
                        String id = runtime.createProcessInstanceById(definition.getId()).setVariables(timers)
                                .startBeforeActivity(node.getId()).execute(true, true).getId();
                        started.put(id, runtime.getActiveActivityIds(id).stream().sorted().toList());
                    } catch (RuntimeException needsDomainData) {
                        // Entering this step needs variables only the real process provides; other steps still count.
                    }
                });
        return started;
    }

    /** Top-level steps only: a step inside a multi-instance sub-process cannot be entered without its collection. */
    private static boolean belongsTo(FlowNode node, Process process) {
        return node.getParentElement() instanceof Process p && p.getId().equals(process.getId());
    }

    private static Map<String, Object> timerVariables(BpmnModelInstance model) {
        Map<String, Object> variables = new HashMap<>();
        for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
            put(variables, timer.getTimeDuration() == null ? null : timer.getTimeDuration().getTextContent(), "P365D");
            put(variables, timer.getTimeCycle() == null ? null : timer.getTimeCycle().getTextContent(), "R1/P365D");
            put(variables, timer.getTimeDate() == null ? null : timer.getTimeDate().getTextContent(), "2999-01-01T00:00:00");
        }
        return variables;
    }

    private static void put(Map<String, Object> variables, String expression, Object value) {
        Matcher m = expression == null ? null : VARIABLE.matcher(expression);
        if (m != null && m.matches()) {
            variables.put(m.group(1), value);
        }
    }
}
