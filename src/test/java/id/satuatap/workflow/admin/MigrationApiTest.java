package id.satuatap.workflow.admin;

import id.satuatap.support.Api;
import id.satuatap.support.EngineClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static id.satuatap.workflow.model.TestModels.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class MigrationApiTest {

    @Inject RuntimeService runtime;
    @Inject TaskService tasks;
    @Inject EngineClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void v1InstancesStayOnV1NewOnesStartOnV2AndADryRunShowsThePlanBeforeTheyMove() {
        String key = key("extra-task");
        String v1 = deployed(key, userTask("check-documents"), userTask("approve-application"));
        String atCheck = start(key, 1);
        String atApproval = start(key, 1);
        completeTask(atApproval, "check-documents");

        String v2 = deployed(key, userTask("check-documents"), userTask("interview-applicant"),
                userTask("approve-application"));
        String onV2 = start(key, 2);
        completeTask(atCheck, "check-documents");
        assertEquals(v1, definitionOf(atCheck));
        assertEquals(List.of("approve-application"), activeTasks(atCheck), "a v1 instance follows the v1 model");
        assertEquals(v2, definitionOf(onV2));

        String other = start(key, 2);
        Api.as("admin").body(Map.of("sourceDefinitionId", v1, "targetDefinitionId", v2, "dryRun", true))
                .post("/api/v1/admin/migrations").then().statusCode(200)
                .body("outcome", equalTo("DRY_RUN"))
                .body("instructions.sourceActivityId", hasItems("check-documents", "approve-application"))
                .body("instructions.find { it.sourceActivityId == 'approve-application' }.targetActivityId",
                        equalTo("approve-application"))
                .body("instructions.sourceActivityId", not(hasItem("interview-applicant")))
                .body("movable", containsInAnyOrder(atCheck, atApproval))
                .body("refused", empty())
                .body("fullyChecked", equalTo(true));
        assertEquals(v1, definitionOf(atApproval), "a dry run moves nothing");

        Api.as("admin").body(Map.of("sourceDefinitionId", v1, "targetDefinitionId", v2))
                .post("/api/v1/admin/migrations").then().statusCode(200)
                .body("outcome", equalTo("MIGRATED"))
                .body("movable", containsInAnyOrder(atCheck, atApproval));
        assertEquals(v2, definitionOf(atCheck));
        assertEquals(v2, definitionOf(atApproval));
        assertEquals(List.of("approve-application"), activeTasks(atApproval));
        assertEquals(v2, definitionOf(other), "instances of other versions are not touched");
        Api.as("admin").get("/api/v1/process-instances/{id}", atApproval).then().body("version", equalTo(2));
        Api.as("admin").queryParam("subjectId", atApproval).get("/api/v1/audit").then()
                .body("items.action", hasItem("INSTANCE_MIGRATED"))
                .body("items.find { it.action == 'INSTANCE_MIGRATED' }.actor", equalTo("admin"))
                .body("items.find { it.action == 'INSTANCE_MIGRATED' }.detail", containsString(v2));
    }

    @Test
    void instancesInActivitiesTheTargetLacksStayWhereTheyAreWithTheReason() {
        String key = key("removed-task");
        String v1 = deployed(key, userTask("check-documents"), userTask("approve-application"));
        String movable = start(key, 1);
        String stuck = start(key, 1);
        completeTask(stuck, "check-documents");
        String v2 = deployed(key, userTask("check-documents"), userTask("decide-application"));

        Api.as("admin").body(Map.of("sourceDefinitionId", v1, "targetDefinitionId", v2,
                        "processInstanceIds", List.of(movable, stuck)))
                .post("/api/v1/admin/migrations").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("processInstanceIds[1]"))
                .body("errors[0].message", allOf(containsString(stuck), containsString("'approve-application'")));
        assertEquals(v1, definitionOf(movable), "an explicit list moves all or nothing");

        Api.as("admin").body(Map.of("sourceDefinitionId", v1, "targetDefinitionId", v2))
                .post("/api/v1/admin/migrations").then().statusCode(200)
                .body("outcome", equalTo("MIGRATED"))
                .body("movable", contains(movable))
                .body("refused.processInstanceId", contains(stuck))
                .body("refused[0].reasons[0]", containsString("'approve-application'"));
        assertEquals(v2, definitionOf(movable));
        assertEquals(v1, definitionOf(stuck));
        assertEquals(List.of("approve-application"), activeTasks(stuck));
    }

    @Test
    void aBatchMigrationRunsInTheBackgroundAndReportsProgress() {
        String key = key("batch");
        String v1 = deployed(key, userTask("check-documents"));
        List<String> instances = List.of(start(key, 1), start(key, 1), start(key, 1));
        String v2 = deployed(key, userTask("check-documents"), userTask("approve-application"));

        var submitted = Api.as("admin").body(Map.of("sourceDefinitionId", v1, "targetDefinitionId", v2, "async", true))
                .post("/api/v1/admin/migrations").then().statusCode(202)
                .body("outcome", equalTo("SUBMITTED"))
                .body("movable", hasSize(3))
                .header("Location", containsString("/api/v1/admin/migrations/"))
                .extract();
        String batchId = submitted.path("batchId");
        Api.as("admin").get("/api/v1/admin/migrations/{id}", batchId).then().statusCode(200)
                .body("finished", equalTo(false))
                .body("totalJobs", equalTo(3));

        clock.runDueJobs();
        clock.advance(Duration.ofMinutes(1));
        clock.runDueJobs();

        Api.as("admin").get("/api/v1/admin/migrations/{id}", batchId).then().statusCode(200)
                .body("finished", equalTo(true))
                .body("completedJobs", equalTo(3));
        instances.forEach(id -> assertEquals(v2, definitionOf(id)));
        Api.as("admin").queryParam("subjectId", batchId).get("/api/v1/audit").then()
                .body("items.action", contains("MIGRATION_SUBMITTED"));
    }

    @Test
    void badMigrationRequestsAreRefused() {
        String key = key("bad-migration");
        String v1 = deployed(key, userTask("check-documents"));
        Api.as("admin").body(Map.of("sourceDefinitionId", v1, "targetDefinitionId", "no-such-definition"))
                .post("/api/v1/admin/migrations").then().statusCode(404);
        Api.as("admin").body(Map.of("sourceDefinitionId", v1, "targetDefinitionId", v1))
                .post("/api/v1/admin/migrations").then().statusCode(400)
                .body("errors.field", contains("targetDefinitionId"));
        Api.as("admin").body(Map.of("targetDefinitionId", v1))
                .post("/api/v1/admin/migrations").then().statusCode(400)
                .body("errors.field", contains("sourceDefinitionId"));
        Api.as("admin").get("/api/v1/admin/migrations/{id}", "no-such-batch").then().statusCode(404);
    }

    private String deployed(String key, String... nodes) {
        return deploy(key + ".bpmn", process(key, nodes)).statusCode(201).extract().path("definitions[0].id");
    }

    private String start(String key, int expectedVersion) {
        return Api.as("admin").body(Map.of("processKey", key, "businessKey", key))
                .post("/api/v1/process-instances").then().statusCode(201)
                .body("version", equalTo(expectedVersion))
                .extract().path("id");
    }

    private void completeTask(String instanceId, String taskKey) {
        tasks.complete(tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(taskKey).singleResult()
                .getId());
    }

    private String definitionOf(String instanceId) {
        return runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult().getProcessDefinitionId();
    }

    private List<String> activeTasks(String instanceId) {
        return tasks.createTaskQuery().processInstanceId(instanceId).list().stream().map(t -> t.getTaskDefinitionKey())
                .toList();
    }
}
