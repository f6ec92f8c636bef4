package id.satuatap.workflow;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.satuatap.support.Api.as;
import static org.hamcrest.Matchers.*;

/** A task list page reads the candidate groups of all its tasks at once; each task still shows its own. */
@QuarkusTest
class TaskListTest {

    @Inject TaskService tasks;
    @Inject RuntimeService runtime;

    @Test
    void everyTaskOfAPageShowsItsOwnCandidateGroups() {
        String businessKey = "LIST-" + UUID.randomUUID();
        List<String> instances = List.of(start(businessKey), start(businessKey), start(businessKey));
        String shared = tasks.createTaskQuery().processInstanceId(instances.get(1)).singleResult().getId();
        tasks.addCandidateGroup(shared, "BP3MI");
        String other = tasks.createTaskQuery().processInstanceId(instances.get(2)).singleResult().getId();

        as("disnaker").queryParam("businessKey", businessKey).get("/api/v1/tasks").then().statusCode(200)
                .body("items", hasSize(3))
                .body("items.find { it.id == '" + shared + "' }.candidateGroups", contains("BP3MI", "DISNAKER"))
                .body("items.find { it.id == '" + other + "' }.candidateGroups", contains("DISNAKER"))
                .body("items.findAll { it.candidateGroups == ['DISNAKER'] }", hasSize(2))
                .body("items.businessKey", everyItem(is(businessKey)));
        as("bp3mi").queryParam("businessKey", businessKey).get("/api/v1/tasks").then().statusCode(200)
                .body("items.id", contains(shared))
                .body("items.businessKey", contains(businessKey));
        // A list not narrowed by business key reads each row's key from its instance.
        as("bp3mi").post("/api/v1/tasks/" + shared + "/claim").then().statusCode(204);
        as("bp3mi").queryParam("assignee", "me").queryParam("limit", 100).get("/api/v1/tasks").then().statusCode(200)
                .body("items.find { it.id == '" + shared + "' }.businessKey", is(businessKey));
        as("bp3mi").get("/api/v1/tasks/" + shared).then().statusCode(200)
                .body("candidateGroups", contains("BP3MI", "DISNAKER"));
        as("bp3mi").get("/api/v1/tasks/" + other).then().statusCode(404);
        as("disnaker").queryParam("businessKey", businessKey + "-unknown").get("/api/v1/tasks").then().statusCode(200)
                .body("items", hasSize(0));
    }

    /**
     * The list's rules, each with a row that must stay out: active tasks only, assigned to the caller or unassigned
     * with a candidate group of theirs, narrowed by assignee, candidate group and process as asked.
     */
    @Test
    void theListShowsOnlyTasksTheCallerMayWorkOn() {
        String businessKey = "RULES-" + UUID.randomUUID();
        String open = taskOf(start(businessKey));
        String claimedByThem = taskOf(start(businessKey));
        String claimedByOther = taskOf(start(businessKey));
        String suspendedInstance = start(businessKey);
        String suspended = taskOf(suspendedInstance);
        tasks.claim(claimedByThem, "disnaker");
        tasks.claim(claimedByOther, "disnaker2");
        runtime.suspendProcessInstanceById(suspendedInstance);

        list("disnaker", businessKey, Map.of()).then().statusCode(200)
                .body("items.id", containsInAnyOrder(open, claimedByThem));
        list("disnaker", businessKey, Map.of("assignee", "me")).then().statusCode(200)
                .body("items.id", contains(claimedByThem));
        list("disnaker", businessKey, Map.of("candidateGroup", "DISNAKER")).then().statusCode(200)
                .body("items.id", contains(open));
        list("disnaker", businessKey, Map.of("candidateGroup", "DUKCAPIL")).then().statusCode(200)
                .body("items", hasSize(0));
        list("disnaker", businessKey, Map.of("processKey", "sample-desk-review")).then().statusCode(200)
                .body("items.id", containsInAnyOrder(open, claimedByThem));
        list("disnaker", businessKey, Map.of("processKey", "pre-departure")).then().statusCode(200)
                .body("items", hasSize(0));
        list("dukcapil", businessKey, Map.of()).then().statusCode(200).body("items", hasSize(0));
        list("worker1", businessKey, Map.of()).then().statusCode(200).body("items", hasSize(0));
        // Without a business key the list spans every instance; the caller's claimed task is among theirs.
        as("disnaker").queryParam("assignee", "me").queryParam("limit", 100).get("/api/v1/tasks").then().statusCode(200)
                .body("items.id", hasItem(claimedByThem))
                .body("items.id", everyItem(not(in(List.of(open, claimedByOther, suspended)))));
    }

    private String taskOf(String instanceId) {
        return tasks.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    }

    private static io.restassured.response.Response list(String user, String businessKey, Map<String, String> filter) {
        var request = as(user).queryParam("businessKey", businessKey);
        filter.forEach(request::queryParam);
        return request.get("/api/v1/tasks");
    }

    private static String start(String businessKey) {
        return as("admin").body(Map.of("processKey", "sample-desk-review", "businessKey", businessKey))
                .post("/api/v1/process-instances").then().statusCode(201).extract().path("id");
    }
}
