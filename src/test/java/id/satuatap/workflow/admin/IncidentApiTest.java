package id.satuatap.workflow.admin;

import id.satuatap.support.Api;
import id.satuatap.support.EngineClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static id.satuatap.workflow.model.TestModels.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

@QuarkusTest
class IncidentApiTest {

    private static final String SYNC_STEP = "<bpmn:serviceTask id=\"notify-partner\" name=\"Notify partner\" "
            + "camunda:asyncBefore=\"true\" camunda:delegateExpression=\"${flakyStep}\">"
            + "<bpmn:extensionElements><camunda:failedJobRetryTimeCycle>R1/PT5M</camunda:failedJobRetryTimeCycle>"
            + "</bpmn:extensionElements></bpmn:serviceTask>";

    @Inject FlakyStep step;
    @Inject EngineClock clock;
    @Inject TaskService tasks;
    @Inject ManagementService management;

    @AfterEach
    void restore() {
        step.down(false);
        clock.reset();
    }

    @Test
    void aFailingDelegateBecomesAnIncidentThatARetryClearsOnceTheCauseIsGone() {
        String key = key("incident");
        deploy(key + ".bpmn", process(key, SYNC_STEP, userTask("confirm-referral"))).statusCode(201);
        String businessKey = "CASE-" + key;
        String instance = start(key, businessKey);
        step.down(true);

        runFailingJobs(List.of(instance));

        String incident = Api.as("admin").queryParam("processInstanceId", instance).get("/api/v1/admin/incidents")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].type", equalTo("failedJob"))
                .body("items[0].message", equalTo("partner system unavailable"))
                .body("items[0].businessKey", equalTo(businessKey))
                .body("items[0].activityId", equalTo("notify-partner"))
                .body("items[0].processKey", equalTo(key))
                .body("items[0].processVersion", equalTo(1))
                .body("items[0].jobId", notNullValue())
                .extract().path("items[0].id");

        Api.as("admin").post("/api/v1/admin/incidents/{id}/retry", incident).then().statusCode(200)
                .body("incidentIds", contains(incident));
        runFailingJobs(List.of(instance));
        String second = Api.as("admin").queryParam("processInstanceId", instance).get("/api/v1/admin/incidents")
                .then().body("items", hasSize(1))
                .extract().path("items[0].id");
        assertEquals(List.of(), openTasks(instance), "while the cause remains, the retry fails again");

        step.down(false);
        Api.as("admin").post("/api/v1/admin/incidents/{id}/retry", second).then().statusCode(200);
        clock.runDueJobs();

        Api.as("admin").queryParam("processInstanceId", instance).get("/api/v1/admin/incidents").then()
                .body("items", empty());
        assertEquals(List.of("confirm-referral"), openTasks(instance));
        Api.as("admin").queryParam("subjectId", second).get("/api/v1/audit").then()
                .body("items.action", contains("INCIDENT_RETRIED"))
                .body("items[0].actor", equalTo("admin"));
    }

    @Test
    void severalIncidentsAreRetriedTogetherOrNotAtAll() {
        String key = key("incidents");
        deploy(key + ".bpmn", process(key, SYNC_STEP, userTask("confirm-referral"))).statusCode(201);
        List<String> instances = List.of(start(key, "CASE-1-" + key), start(key, "CASE-2-" + key));
        step.down(true);
        runFailingJobs(instances);
        List<String> incidents = instances.stream().map(i -> Api.as("admin").queryParam("processInstanceId", i)
                .get("/api/v1/admin/incidents").then().extract().<String>path("items[0].id")).toList();

        Api.as("admin").body(Map.of("incidentIds", List.of(incidents.get(0), "no-such-incident")))
                .post("/api/v1/admin/incidents/retry").then().statusCode(404);
        Api.as("admin").body(Map.of("incidentIds", List.of()))
                .post("/api/v1/admin/incidents/retry").then().statusCode(400)
                .body("errors.field", contains("incidentIds"));
        Api.as("admin").queryParam("processInstanceId", instances.get(0)).get("/api/v1/admin/incidents").then()
                .body("items.id", contains(incidents.get(0)));

        step.down(false);
        Api.as("admin").body(Map.of("incidentIds", incidents)).post("/api/v1/admin/incidents/retry").then()
                .statusCode(200)
                .body("incidentIds", containsInAnyOrder(incidents.toArray()))
                .body("jobIds", hasSize(2));
        clock.runDueJobs();
        instances.forEach(i -> assertEquals(List.of("confirm-referral"), openTasks(i)));
        Api.as("admin").post("/api/v1/admin/incidents/{id}/retry", incidents.get(0)).then().statusCode(404);
    }

    /** Runs the due jobs while the step is down; executeJob reports each failure to its caller as well. */
    private void runFailingJobs(List<String> instanceIds) {
        for (String instanceId : instanceIds) {
            List<Job> due = management.createJobQuery().processInstanceId(instanceId).executable().list();
            assertFalse(due.isEmpty(), "an asynchronous step should be waiting");
            for (Job job : due) {
                assertThrows(IllegalStateException.class, () -> management.executeJob(job.getId()));
            }
        }
    }

    private String start(String key, String businessKey) {
        return Api.as("admin").body(Map.of("processKey", key, "businessKey", businessKey))
                .post("/api/v1/process-instances").then().statusCode(201).extract().path("id");
    }

    private List<String> openTasks(String instanceId) {
        return tasks.createTaskQuery().processInstanceId(instanceId).list().stream().map(t -> t.getTaskDefinitionKey())
                .toList();
    }
}
