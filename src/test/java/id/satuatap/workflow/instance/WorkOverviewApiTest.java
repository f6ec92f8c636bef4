package id.satuatap.workflow.instance;

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

/** Issue 25 item 4: coordinators and admins see all open tasks and running instances, filtered and paged. */
@QuarkusTest
class WorkOverviewApiTest {

    private static final String CHECK = "<bpmn:userTask id=\"check-documents\" name=\"Check documents\" "
            + "camunda:candidateGroups=\"DISNAKER\" camunda:dueDate=\"P1D\" />";

    @Inject RuntimeService runtime;
    @Inject TaskService tasks;
    @Inject EngineClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private record Started(String key, String definitionId, String a, String b, String c) {
    }

    /** Three instances: A and B wait at the document check (due in a day), C at the approval of BP3MI. */
    private Started threeInstances(String prefix) {
        String key = key(prefix);
        String definitionId = deploy(key + ".bpmn", process(key, CHECK, userTask("approve-application", "BP3MI")))
                .statusCode(201).extract().path("definitions[0].id");
        String a = start(key, "A-" + key);
        String b = start(key, "B-" + key);
        String c = start(key, "C-" + key);
        tasks.complete(tasks.createTaskQuery().processInstanceId(c).singleResult().getId());
        return new Started(key, definitionId, a, b, c);
    }

    private static String start(String key, String businessKey) {
        return Api.as("admin").body(Map.of("processKey", key, "businessKey", businessKey))
                .post("/api/v1/process-instances").then().statusCode(201).extract().path("id");
    }

    @Test
    void coordinatorsListEveryOpenTaskByProcessGroupOverdueAndBusinessKey() {
        Started s = threeInstances("open-tasks");
        clock.advance(Duration.ofDays(2));

        Api.as("coordinator").queryParam("processKey", s.key()).get("/api/v1/open-tasks").then().statusCode(200)
                .body("items.businessKey", contains("A-" + s.key(), "B-" + s.key(), "C-" + s.key()))
                .body("items.processKey", everyItem(equalTo(s.key())))
                .body("nextCursor", nullValue());
        Api.as("coordinator").queryParam("processKey", s.key()).queryParam("candidateGroup", "BP3MI")
                .get("/api/v1/open-tasks").then().statusCode(200)
                .body("items.taskDefinitionKey", contains("approve-application"))
                .body("items[0].candidateGroups", contains("BP3MI"));
        Api.as("admin").queryParam("processKey", s.key()).queryParam("overdue", "true")
                .get("/api/v1/open-tasks").then().statusCode(200)
                .body("items.processInstanceId", contains(s.a(), s.b()))
                .body("items.due", everyItem(notNullValue()));
        Api.as("admin").queryParam("processKey", s.key()).queryParam("overdue", "false")
                .get("/api/v1/open-tasks").then().body("items.processInstanceId", contains(s.c()));
        Api.as("admin").queryParam("businessKey", "B-" + s.key()).get("/api/v1/open-tasks").then()
                .body("items.processInstanceId", contains(s.b()));
        Api.as("admin").queryParam("processDefinitionId", s.definitionId()).queryParam("activityId", "check-documents")
                .get("/api/v1/open-tasks").then().body("items.processInstanceId", contains(s.a(), s.b()));

        String cursor = Api.as("coordinator").queryParam("processKey", s.key()).queryParam("limit", 2)
                .get("/api/v1/open-tasks").then().body("items.processInstanceId", contains(s.a(), s.b()))
                .body("nextCursor", notNullValue()).extract().path("nextCursor");
        Api.as("coordinator").queryParam("processKey", s.key()).queryParam("limit", 2).queryParam("cursor", cursor)
                .get("/api/v1/open-tasks").then().body("items.processInstanceId", contains(s.c()))
                .body("nextCursor", nullValue());

        Api.as("coordinator").queryParam("overdue", "soon").get("/api/v1/open-tasks").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("overdue"));
    }

    @Test
    void coordinatorsListRunningInstancesAndSeeWhereTheyStandPerActivity() {
        Started s = threeInstances("instances");
        String cExecution = runtime.createExecutionQuery().processInstanceId(s.c()).activityId("approve-application")
                .singleResult().getId();
        runtime.createIncident("manual", cExecution, "approval-system", "approval system unreachable");
        clock.advance(Duration.ofDays(2));

        Api.as("coordinator").queryParam("processKey", s.key()).get("/api/v1/process-instances").then().statusCode(200)
                .body("items.id", contains(s.a(), s.b(), s.c()))
                .body("items.businessKey", contains("A-" + s.key(), "B-" + s.key(), "C-" + s.key()))
                .body("items.version", everyItem(equalTo(1)))
                .body("items.processDefinitionId", everyItem(equalTo(s.definitionId())))
                .body("items.suspended", everyItem(equalTo(false)));
        Api.as("coordinator").queryParam("processKey", s.key()).queryParam("overdue", "true")
                .get("/api/v1/process-instances").then().body("items.id", contains(s.a(), s.b()));
        Api.as("coordinator").queryParam("processKey", s.key()).queryParam("overdue", "false")
                .get("/api/v1/process-instances").then().body("items.id", contains(s.c()));
        Api.as("coordinator").queryParam("candidateGroup", "BP3MI").queryParam("processKey", s.key())
                .get("/api/v1/process-instances").then().body("items.id", contains(s.c()));
        Api.as("coordinator").queryParam("processDefinitionId", s.definitionId()).queryParam("activityId", "approve-application")
                .get("/api/v1/process-instances").then().body("items.id", contains(s.c()));
        Api.as("coordinator").queryParam("businessKey", "A-" + s.key())
                .get("/api/v1/process-instances").then().body("items.id", contains(s.a()));
        String cursor = Api.as("coordinator").queryParam("processKey", s.key()).queryParam("limit", 1)
                .get("/api/v1/process-instances").then().body("items.id", contains(s.a()))
                .extract().path("nextCursor");
        Api.as("coordinator").queryParam("processKey", s.key()).queryParam("limit", 2).queryParam("cursor", cursor)
                .get("/api/v1/process-instances").then().body("items.id", contains(s.b(), s.c()))
                .body("nextCursor", nullValue());

        Api.as("coordinator").get("/api/v1/process-definitions/{id}/activity-counts", s.definitionId()).then()
                .statusCode(200)
                .body("activities.find { it.activityId == 'check-documents' }.waiting", equalTo(2))
                .body("activities.find { it.activityId == 'check-documents' }.overdue", equalTo(2))
                .body("activities.find { it.activityId == 'check-documents' }.incidents", equalTo(0))
                .body("activities.find { it.activityId == 'approve-application' }.waiting", equalTo(1))
                .body("activities.find { it.activityId == 'approve-application' }.overdue", equalTo(0))
                .body("activities.find { it.activityId == 'approve-application' }.incidents", equalTo(1))
                .body("activities.activityId", not(hasItem("started")));
        Api.as("coordinator").get("/api/v1/process-definitions/{key}/versions", s.key()).then().statusCode(200)
                .body("items.id", contains(s.definitionId())).body("items[0].runningInstances", equalTo(3));
        Api.as("coordinator").accept("application/xml").get("/api/v1/process-definitions/{id}/xml", s.definitionId())
                .then().statusCode(200).body(containsString("check-documents"));
        Api.as("coordinator").get("/api/v1/process-definitions/{id}/activity-counts", "no-such:1:x").then()
                .statusCode(404);
        Api.as("coordinator").get("/api/v1/process-definitions/modeling-hints").then().statusCode(200)
                .body("candidateGroups", hasItems("DISNAKER", "BP3MI", "COORDINATOR"))
                .body("delegates", not(empty()));
    }

    @Test
    void anAdminSuspendsAndResumesOneInstanceAndOnlyAnAdminMay() {
        Started s = threeInstances("suspend");
        Api.as("coordinator").body(Map.of("suspended", true))
                .put("/api/v1/admin/process-instances/{id}/suspension", s.a()).then().statusCode(403);
        Api.as("admin").body(Map.of("suspended", true))
                .put("/api/v1/admin/process-instances/{id}/suspension", s.a()).then().statusCode(204);
        Api.as("coordinator").queryParam("processKey", s.key()).get("/api/v1/process-instances").then()
                .body("items.find { it.id == '" + s.a() + "' }.suspended", equalTo(true))
                .body("items.find { it.id == '" + s.b() + "' }.suspended", equalTo(false));
        Api.as("coordinator").get("/api/v1/process-instances/{id}", s.a()).then().body("state", equalTo("SUSPENDED"));
        String task = tasks.createTaskQuery().processInstanceId(s.a()).singleResult().getId();
        Api.as("disnaker").body(Map.of("variables", Map.of())).post("/api/v1/tasks/{id}/complete", task).then()
                .statusCode(422);

        Api.as("admin").body(Map.of("suspended", false))
                .put("/api/v1/admin/process-instances/{id}/suspension", s.a()).then().statusCode(204);
        Api.as("coordinator").get("/api/v1/process-instances/{id}", s.a()).then().body("state", equalTo("ACTIVE"));
        Api.as("admin").queryParam("subjectId", s.a()).get("/api/v1/audit").then()
                .body("items.action", hasItems("INSTANCE_SUSPENDED", "INSTANCE_RESUMED"));

        Api.as("admin").body(Map.of("suspended", true))
                .put("/api/v1/admin/process-instances/{id}/suspension", "no-such-instance").then().statusCode(404);
        Api.as("admin").body(Map.of()).put("/api/v1/admin/process-instances/{id}/suspension", s.a()).then()
                .statusCode(400);
    }

    @Test
    void desksPartnersWorkersAndAnonymousSeeNoneOfTheOverview() {
        Started s = threeInstances("overview-access");
        for (String user : List.of("disnaker", "sbmi", "worker1")) {
            Api.as(user).get("/api/v1/open-tasks").then().statusCode(403);
            Api.as(user).get("/api/v1/process-instances").then().statusCode(403);
            Api.as(user).get("/api/v1/process-definitions").then().statusCode(403);
            Api.as(user).get("/api/v1/process-definitions/modeling-hints").then().statusCode(403);
            Api.as(user).get("/api/v1/process-definitions/{id}/activity-counts", s.definitionId()).then().statusCode(403);
            Api.as(user).accept("application/xml").get("/api/v1/process-definitions/{id}/xml", s.definitionId()).then()
                    .statusCode(403);
            Api.as(user).body(Map.of("suspended", true))
                    .put("/api/v1/admin/process-instances/{id}/suspension", s.a()).then().statusCode(403);
        }
        Api.anonymous().get("/api/v1/open-tasks").then().statusCode(401);
        Api.anonymous().get("/api/v1/process-instances").then().statusCode(401);
        Api.anonymous().get("/api/v1/process-definitions").then().statusCode(401);
    }
}
