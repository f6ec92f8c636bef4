package id.satuatap.workflow.admin;

import id.satuatap.support.Api;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static id.satuatap.workflow.model.TestModels.*;
import static org.hamcrest.Matchers.*;

/**
 * Replays what Camunda Modeler (7.x deployment) sends, as written in its client
 * {@code client/src/plugins/camunda-plugin/shared/CamundaAPI.js} (camunda/camunda-modeler): every request carries
 * {@code accept: application/json} and {@code authorization: Basic …} ({@code getHeaders}); {@code checkConnection}
 * is {@code GET /deployment?maxResults=0}, {@code getVersion} is {@code GET /version}, and {@code deployDiagram}
 * posts multipart/form-data with {@code deployment-name}, {@code deployment-source=Camunda Modeler},
 * {@code enable-duplicate-filtering=true} and the diagram as a part named like the file, with that filename and
 * type text/xml.
 */
@QuarkusTest
class CamundaModelerDeployTest {

    private static RequestSpecification modeler(String username) {
        String credentials = Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
        return RestAssured.given().header("accept", "application/json").header("authorization", "Basic " + credentials);
    }

    private static RequestSpecification deployDiagram(String username, String fileName, String xml) {
        return modeler(username).contentType("multipart/form-data")
                .multiPart("deployment-name", "diagram_1")
                .multiPart("deployment-source", "Camunda Modeler")
                .multiPart("enable-duplicate-filtering", "true")
                .multiPart(fileName, fileName, xml.getBytes(StandardCharsets.UTF_8), "text/xml");
    }

    @Test
    void theModelersConnectionCheckAndVersionAnswerAsEngineRestDoes() {
        modeler("admin").get("/engine-rest/deployment?maxResults=0").then().statusCode(200)
                .contentType("application/json").body("$", empty());
        modeler("admin").get("/engine-rest/version").then().statusCode(200).body("version", startsWith("7.24"));
        modeler("admin").get("/engine-rest/deployment?maxResults=1").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].id", notNullValue()).body("[0].deploymentTime", notNullValue());
    }

    @Test
    void aValidModelDeploysAndTheSameFileAgainMakesNoNewVersion() {
        String key = key("modeler");
        String xml = process(key, userTask("check-documents"));
        String definitionId = deployDiagram("admin", key + ".bpmn", xml).post("/engine-rest/deployment/create").then()
                .statusCode(200).contentType("application/json")
                .body("id", notNullValue())
                .body("name", equalTo("diagram_1"))
                .body("source", equalTo("Camunda Modeler"))
                .body("tenantId", nullValue())
                .body("deployedProcessDefinitions.size()", equalTo(1))
                .body("deployedProcessDefinitions.values()[0].key", equalTo(key))
                .body("deployedProcessDefinitions.values()[0].version", equalTo(1))
                .body("deployedProcessDefinitions.values()[0].resource", equalTo(key + ".bpmn"))
                .extract().path("deployedProcessDefinitions.values()[0].id");
        Api.as("admin").get("/api/v1/admin/process-definitions/{key}/versions", key).then().statusCode(200)
                .body("items.id", contains(definitionId)).body("items[0].deployedBy", equalTo("admin"));

        deployDiagram("admin", key + ".bpmn", xml).post("/engine-rest/deployment/create").then().statusCode(200)
                .body("id", notNullValue())
                .body("deployedProcessDefinitions", nullValue());
        Api.as("admin").get("/api/v1/admin/process-definitions/{key}/versions", key).then()
                .body("items", hasSize(1));
    }

    @Test
    void aScriptTaskIsRefusedInCamundasErrorShapeAndNothingIsDeployed() {
        String key = key("modeler-script");
        String xml = process(key, "<bpmn:scriptTask id=\"compute-fee\" name=\"Compute fee\" scriptFormat=\"groovy\">"
                + "<bpmn:script>1 + 1</bpmn:script></bpmn:scriptTask>");
        deployDiagram("admin", key + ".bpmn", xml).post("/engine-rest/deployment/create").then().statusCode(400)
                .contentType("application/json")
                .body("type", equalTo("ParseException"))
                .body("message", startsWith("ENGINE-09005 Could not parse BPMN process."))
                .body("message", containsString("script tasks are not allowed"))
                .body("details.'" + key + ".bpmn'.errors[0].mainElementId", equalTo("compute-fee"))
                .body("details.'" + key + ".bpmn'.errors[0].elementIds", contains("compute-fee"))
                .body("details.'" + key + ".bpmn'.errors[0].message", containsString("script tasks are not allowed"))
                .body("details.'" + key + ".bpmn'.warnings", empty());
        Api.as("admin").get("/api/v1/admin/process-definitions/{key}/versions", key).then().statusCode(404);
    }

    @Test
    void onlyAnAdminDeploysAndTenantsAreRefused() {
        String key = key("modeler-access");
        String xml = process(key, userTask("check-documents"));
        for (String user : java.util.List.of("coordinator", "disnaker", "sbmi", "worker1")) {
            deployDiagram(user, key + ".bpmn", xml).post("/engine-rest/deployment/create").then().statusCode(403);
            modeler(user).get("/engine-rest/deployment?maxResults=0").then().statusCode(403);
        }
        RestAssured.given().header("accept", "application/json").get("/engine-rest/deployment?maxResults=0").then()
                .statusCode(401);
        RestAssured.given().header("accept", "application/json").contentType("multipart/form-data")
                .multiPart("deployment-name", "diagram_1")
                .multiPart(key + ".bpmn", key + ".bpmn", xml.getBytes(StandardCharsets.UTF_8), "text/xml")
                .post("/engine-rest/deployment/create").then().statusCode(401);
        deployDiagram("admin", key + ".bpmn", xml).multiPart("tenant-id", "jakarta")
                .post("/engine-rest/deployment/create").then().statusCode(400)
                .body("type", equalTo("InvalidRequestException"));
        modeler("admin").contentType("multipart/form-data").multiPart("deployment-name", "empty")
                .post("/engine-rest/deployment/create").then().statusCode(400)
                .body("type", equalTo("InvalidRequestException"));
        Api.as("admin").get("/api/v1/admin/process-definitions/{key}/versions", key).then().statusCode(404);
        modeler("admin").get("/engine-rest/process-definition").then().statusCode(404);
    }
}
