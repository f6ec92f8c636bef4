package id.satuatap.workflow;

import id.satuatap.security.Account;
import id.satuatap.security.PasswordHasher;
import id.satuatap.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.satuatap.support.Api.anonymous;
import static id.satuatap.support.Api.as;
import static org.hamcrest.Matchers.*;

/** The generic workflow API on the shipped sample model: who sees which task, form validation, history. */
@QuarkusTest
class TaskApiTest {

    @Inject HistoryService history;

    @BeforeAll
    static void moreDeskAccounts() {
        QuarkusTransaction.requiringNew().run(() -> {
            deskAccount("disnaker2", "DISNAKER");
            deskAccount("deskless");
        });
    }

    private static void deskAccount(String username, String... groups) {
        if (Account.findByUsername(username).isEmpty()) {
            var account = new Account();
            account.username = username;
            account.passwordHash = PasswordHasher.hash("demo");
            account.role = Role.DESK;
            account.groups.addAll(List.of(groups));
            account.persist();
        }
    }

    private static String start(String businessKey) {
        return as("admin").body(Map.of("processKey", "sample-desk-review", "businessKey", businessKey))
                .post("/api/v1/process-instances")
                .then().statusCode(201)
                .body("processKey", is("sample-desk-review"))
                .body("businessKey", is(businessKey))
                .body("version", greaterThanOrEqualTo(1))
                .extract().path("id");
    }

    private static String taskOf(String user, String businessKey) {
        List<String> ids = as(user).queryParam("businessKey", businessKey).get("/api/v1/tasks")
                .then().statusCode(200).extract().path("items.id");
        return ids.isEmpty() ? null : ids.get(0);
    }

    @Test
    void deskSeesOnlyItsOwnTasksAndCompletesThemWithValidatedForms() {
        String businessKey = "TASK-" + UUID.randomUUID();
        String instanceId = start(businessKey);

        String registration = taskOf("disnaker", businessKey);
        org.junit.jupiter.api.Assertions.assertNotNull(registration, "DISNAKER sees its task");
        org.junit.jupiter.api.Assertions.assertNull(taskOf("dukcapil", businessKey), "DUKCAPIL does not");
        as("dukcapil").get("/api/v1/tasks/" + registration).then().statusCode(404)
                .contentType("application/problem+json");
        as("dukcapil").body(Map.of("variables", Map.of("jobOrderNumber", "JO-1")))
                .post("/api/v1/tasks/" + registration + "/complete").then().statusCode(404);

        as("disnaker").get("/api/v1/tasks/" + registration).then().statusCode(200)
                .body("name", is("Record registration"))
                .body("candidateGroups", contains("DISNAKER"))
                .body("processKey", is("sample-desk-review"))
                .body("form.find { it.id == 'jobOrderNumber' }.required", is(true))
                .body("form.find { it.id == 'scheme' }.type", is("enum"))
                .body("form.find { it.id == 'scheme' }.values.id", hasItems("P3MI", "MANDIRI"));

        as("disnaker").body(Map.of("variables", Map.of("scheme", "P3MI")))
                .post("/api/v1/tasks/" + registration + "/complete").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("jobOrderNumber"));
        as("disnaker").body(Map.of("variables", Map.of("jobOrderNumber", "JO-1", "scheme", "BROKER")))
                .post("/api/v1/tasks/" + registration + "/complete").then().statusCode(400)
                .body("errors.field", contains("scheme"));
        as("disnaker").body(Map.of("variables", Map.of("jobOrderNumber", 42)))
                .post("/api/v1/tasks/" + registration + "/complete").then().statusCode(400)
                .body("errors.field", contains("jobOrderNumber"));
        as("disnaker").body(Map.of("variables", Map.of("jobOrderNumber", "JO-1", "approved", true)))
                .post("/api/v1/tasks/" + registration + "/complete").then().statusCode(400)
                .body("errors.field", contains("approved"));

        as("disnaker").body(Map.of("variables", Map.of("jobOrderNumber", "JO-1", "scheme", "P3MI")))
                .post("/api/v1/tasks/" + registration + "/complete").then().statusCode(204);
        as("disnaker").body(Map.of("variables", Map.of("jobOrderNumber", "JO-1")))
                .post("/api/v1/tasks/" + registration + "/complete").then().statusCode(409)
                .contentType("application/problem+json");
        // A finished task reads as its record for those who could have done it, and stays unknown to others.
        as("disnaker").get("/api/v1/tasks/" + registration).then().statusCode(200)
                .body("state", org.hamcrest.Matchers.is("COMPLETED"))
                .body("completedBy", org.hamcrest.Matchers.is("disnaker"))
                .body("completed", org.hamcrest.Matchers.notNullValue())
                .body("form", org.hamcrest.Matchers.empty());
        as("dukcapil").get("/api/v1/tasks/" + registration).then().statusCode(404);
        as("dukcapil").body(Map.of("variables", Map.of("jobOrderNumber", "JO-1")))
                .post("/api/v1/tasks/" + registration + "/complete").then().statusCode(404);

        String identity = taskOf("dukcapil", businessKey);
        org.junit.jupiter.api.Assertions.assertNotNull(identity, "the instance moved on to DUKCAPIL");
        as("dukcapil").body(Map.of("variables", Map.of("identityConfirmed", true)))
                .post("/api/v1/tasks/" + identity + "/complete").then().statusCode(204);

        as("admin").get("/api/v1/process-instances/" + instanceId).then().statusCode(200)
                .body("state", is("COMPLETED"))
                .body("history.find { it.activityId == 'record-registration' }.assignee", is("disnaker"))
                .body("history.find { it.activityId == 'check-identity' }.assignee", is("dukcapil"))
                .body("history.activityId", hasItems("review-requested", "record-receipt", "review-completed"));
    }

    @Test
    void theEngineLogsACompletionOnceUnderTheDeskUser() {
        String businessKey = "TASK-" + UUID.randomUUID();
        start(businessKey);
        String registration = taskOf("disnaker", businessKey);
        as("disnaker").body(Map.of("variables", Map.of("jobOrderNumber", "JO-1", "scheme", "P3MI")))
                .post("/api/v1/tasks/" + registration + "/complete").then().statusCode(204);

        List<UserOperationLogEntry> entries = history.createUserOperationLogQuery().taskId(registration).list();
        org.junit.jupiter.api.Assertions.assertEquals(List.of(UserOperationLogEntry.OPERATION_TYPE_COMPLETE),
                entries.stream().map(UserOperationLogEntry::getOperationType).toList());
        org.junit.jupiter.api.Assertions.assertEquals("disnaker", entries.get(0).getUserId());
        org.junit.jupiter.api.Assertions.assertEquals("disnaker",
                history.createHistoricTaskInstanceQuery().taskId(registration).singleResult().getAssignee());
    }

    @Test
    void aClaimedTaskBelongsToItsClaimant() {
        String businessKey = "CLAIM-" + UUID.randomUUID();
        start(businessKey);
        String task = taskOf("disnaker", businessKey);

        as("disnaker").post("/api/v1/tasks/" + task + "/claim").then().statusCode(204);
        as("disnaker2").post("/api/v1/tasks/" + task + "/claim").then().statusCode(409);
        as("disnaker2").body(Map.of("variables", Map.of("jobOrderNumber", "JO-2")))
                .post("/api/v1/tasks/" + task + "/complete").then().statusCode(409);
        as("disnaker").queryParam("assignee", "me").queryParam("businessKey", businessKey).get("/api/v1/tasks")
                .then().statusCode(200).body("items.id", contains(task)).body("items[0].assignee", is("disnaker"));

        as("disnaker").post("/api/v1/tasks/" + task + "/unclaim").then().statusCode(204);
        as("disnaker2").post("/api/v1/tasks/" + task + "/claim").then().statusCode(204);
    }

    @Test
    void ofTwoSimultaneousCompletionsExactlyOneSucceeds() throws Exception {
        String businessKey = "RACE-" + UUID.randomUUID();
        start(businessKey);
        String task = taskOf("disnaker", businessKey);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        var ready = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.Callable<Integer> complete = () -> {
            ready.await();
            return as("disnaker").body(Map.of("variables", Map.of("jobOrderNumber", "JO-RACE")))
                    .post("/api/v1/tasks/" + task + "/complete").statusCode();
        };
        var first = pool.submit(complete);
        var second = pool.submit(complete);
        ready.countDown();
        List<Integer> codes = new java.util.ArrayList<>(List.of(first.get(), second.get()));
        pool.shutdown();
        java.util.Collections.sort(codes);
        org.junit.jupiter.api.Assertions.assertEquals(List.of(204, 409), codes);
    }

    @Test
    void startingIsForAdminsAndCoordinators() {
        as("disnaker").body(Map.of("processKey", "sample-desk-review")).post("/api/v1/process-instances")
                .then().statusCode(403).contentType("application/problem+json");
        as("worker1").body(Map.of("processKey", "sample-desk-review")).post("/api/v1/process-instances")
                .then().statusCode(403);
        as("coordinator").body(Map.of("processKey", "sample-desk-review")).post("/api/v1/process-instances")
                .then().statusCode(201);
        as("admin").body(Map.of("processKey", "no-such-process")).post("/api/v1/process-instances")
                .then().statusCode(404).contentType("application/problem+json");
        as("admin").body(Map.of("businessKey", "x")).post("/api/v1/process-instances")
                .then().statusCode(400).body("errors.field", contains("processKey"));
        as("admin").body(Map.of("processKey", "sample-desk-review", "variables", Map.of("nested", Map.of("a", 1))))
                .post("/api/v1/process-instances").then().statusCode(400)
                .body("errors.field", contains("variables.nested"));
        as("admin").body("{not json").post("/api/v1/process-instances").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void instancesAreShownOnlyToThoseInvolved() {
        String businessKey = "SEE-" + UUID.randomUUID();
        String id = start(businessKey);
        as("disnaker").get("/api/v1/process-instances/" + id).then().statusCode(200)
                .body("currentActivities.activityId", contains("record-registration"));
        as("polri").get("/api/v1/process-instances/" + id).then().statusCode(404);
        as("worker1").get("/api/v1/process-instances/" + id).then().statusCode(404);
        as("deskless").get("/api/v1/process-instances/" + id).then().statusCode(404); // staff without a desk group
        as("admin").get("/api/v1/process-instances/" + UUID.randomUUID()).then().statusCode(404);

        // A colleague's claim does not hide the instance from the rest of the desk while the task is open.
        String registration = taskOf("disnaker", businessKey);
        as("disnaker").post("/api/v1/tasks/" + registration + "/claim").then().statusCode(204);
        as("disnaker2").get("/api/v1/process-instances/" + id).then().statusCode(200);

        // Once the task is done and the instance is at another desk, only who did it still sees it.
        as("disnaker").body(Map.of("variables", Map.of("jobOrderNumber", "JO-1")))
                .post("/api/v1/tasks/" + registration + "/complete").then().statusCode(204);
        as("dukcapil").get("/api/v1/process-instances/" + id).then().statusCode(200)
                .body("currentActivities.activityId", contains("check-identity"))
                .body("history.activityId", hasItem("record-registration"));
        as("disnaker").get("/api/v1/process-instances/" + id).then().statusCode(200);
        as("disnaker2").get("/api/v1/process-instances/" + id).then().statusCode(404);
        as("polri").get("/api/v1/process-instances/" + id).then().statusCode(404);
    }

    @Test
    void credentialsAreRequiredAndChecked() {
        anonymous().get("/api/v1/tasks").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"))
                .contentType("application/problem+json")
                .body("status", is(401));
        io.restassured.RestAssured.given().auth().preemptive().basic("disnaker", "wrong").get("/api/v1/tasks")
                .then().statusCode(401).contentType("application/problem+json");
        as("disnaker").header("Accept-Language", "en").get("/api/v1/tasks/does-not-exist").then().statusCode(404)
                .body("title", is("Not found"));
        as("disnaker").get("/api/v1/tasks/does-not-exist").then().statusCode(404)
                .body("title", is("Tidak ditemukan"));
        as("disnaker").queryParam("limit", 500).get("/api/v1/tasks").then().statusCode(400)
                .body("errors.field", contains("limit"));
    }

    @Test
    void taskListPagesWithACursor() {
        String businessKey = "PAGE-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            start(businessKey);
        }
        Response first = as("disnaker").queryParam("businessKey", businessKey).queryParam("limit", 2).get("/api/v1/tasks");
        first.then().statusCode(200).body("items", hasSize(2)).body("nextCursor", notNullValue());
        List<String> firstIds = first.path("items.id");
        // Done while the clerk reads on: an offset would now skip the one task left unseen.
        as("disnaker").body(Map.of("variables", Map.of("jobOrderNumber", "JO-P", "scheme", "P3MI")))
                .post("/api/v1/tasks/" + firstIds.get(0) + "/complete").then().statusCode(204);
        as("disnaker").queryParam("businessKey", businessKey).queryParam("limit", 2)
                .queryParam("cursor", (String) first.path("nextCursor")).get("/api/v1/tasks")
                .then().statusCode(200).body("items", hasSize(1)).body("nextCursor", nullValue())
                .body("items[0].id", not(is(in(firstIds))));
        as("disnaker").queryParam("businessKey", businessKey).queryParam("cursor", "bm90LWEtY3Vyc29y").get("/api/v1/tasks")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("cursor"));
    }
}
