package id.satuatap.workflow.admin;

import id.satuatap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static id.satuatap.workflow.model.TestModels.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SuspensionApiTest {

    @Inject RuntimeService runtime;

    @Test
    void aSuspendedDefinitionRefusesNewStartsUntilActivated() {
        String key = key("suspend");
        String definition = deploy(key + ".bpmn", process(key, userTask("check-documents"))).statusCode(201)
                .extract().path("definitions[0].id");
        String running = start(key).statusCode(201).extract().path("id");

        Api.as("admin").body(Map.of("suspended", true)).put("/api/v1/admin/process-definitions/{id}/suspension", definition)
                .then().statusCode(200)
                .body("suspended", equalTo(true))
                .body("runningInstances", equalTo(1));
        start(key).statusCode(422).contentType("application/problem+json");
        assertFalse(isSuspended(running), "running instances go on unless includeInstances is set");
        Api.as("admin").get("/api/v1/admin/process-definitions/{key}/versions", key).then()
                .body("items[0].suspended", equalTo(true));

        Api.as("admin").body(Map.of("suspended", false)).put("/api/v1/admin/process-definitions/{id}/suspension", definition)
                .then().statusCode(200)
                .body("suspended", equalTo(false));
        start(key).statusCode(201);
        Api.as("admin").queryParam("subjectId", definition).get("/api/v1/audit").then()
                .body("items.action", contains("DEFINITION_ACTIVATED", "DEFINITION_SUSPENDED"));
    }

    @Test
    void runningInstancesAreSuspendedTooWhenAsked() {
        String key = key("suspend-all");
        String definition = deploy(key + ".bpmn", process(key, userTask("check-documents"))).statusCode(201)
                .extract().path("definitions[0].id");
        String running = start(key).statusCode(201).extract().path("id");

        Api.as("admin").body(Map.of("suspended", true, "includeInstances", true))
                .put("/api/v1/admin/process-definitions/{id}/suspension", definition).then().statusCode(200);
        assertTrue(isSuspended(running));

        Api.as("admin").body(Map.of("suspended", false, "includeInstances", true))
                .put("/api/v1/admin/process-definitions/{id}/suspension", definition).then().statusCode(200);
        assertFalse(isSuspended(running));
    }

    @Test
    void badSuspensionRequestsAreRefused() {
        Api.as("admin").body(Map.of("suspended", true))
                .put("/api/v1/admin/process-definitions/{id}/suspension", "no-such-definition").then().statusCode(404);
        String key = key("suspend-bad");
        String definition = deploy(key + ".bpmn", process(key, userTask("check-documents"))).statusCode(201)
                .extract().path("definitions[0].id");
        Api.as("admin").body(Map.of()).put("/api/v1/admin/process-definitions/{id}/suspension", definition).then()
                .statusCode(400)
                .body("errors.field", contains("suspended"));
    }

    private io.restassured.response.ValidatableResponse start(String key) {
        return Api.as("coordinator").body(Map.of("processKey", key)).post("/api/v1/process-instances").then();
    }

    private boolean isSuspended(String instanceId) {
        return runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult().isSuspended();
    }
}
