package id.satuatap.workflow.model;

import id.satuatap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static id.satuatap.workflow.model.TestModels.*;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class ModelDeploymentApiTest {

    @Test
    void deploysANewModelAndRecordsWhoDidIt() {
        String key = key("deploy");
        String id = deploy(key + ".bpmn", process(key, userTask("check-documents")))
                .statusCode(201)
                .body("definitions", hasSize(1))
                .body("definitions[0].key", equalTo(key))
                .body("definitions[0].version", equalTo(1))
                .body("definitions[0].type", equalTo("BPMN"))
                .extract().path("definitions[0].id");

        Api.as("admin").get("/api/v1/admin/process-definitions/{key}/versions", key).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].deployedBy", equalTo("admin"))
                .body("items[0].deployedAt", notNullValue())
                .body("items[0].runningInstances", equalTo(0));
        Api.as("admin").queryParam("action", "MODEL_DEPLOYED").queryParam("actor", "admin").get("/api/v1/audit")
                .then().statusCode(200)
                .body("items.detail", hasItem(containsString(id)));
    }

    @Test
    void anUnchangedRedeployCreatesNoNewVersion() {
        String key = key("unchanged");
        String xml = process(key, userTask("check-documents"));
        deploy(key + ".bpmn", xml).statusCode(201);

        deploy(key + ".bpmn", xml).statusCode(200)
                .body("definitions", empty())
                .body("unchanged", contains(key + ".bpmn"));
        Api.as("admin").get("/api/v1/admin/process-definitions/{key}/versions", key).then()
                .body("items", hasSize(1));
    }

    @Test
    void brokenXmlIsRefusedWithItsLine() {
        String key = key("broken");
        String xml = process(key, userTask("check-documents")).replace("<bpmn:endEvent id=\"finished\" />",
                "<bpmn:endEvent id=\"finished\">");

        deploy(key + ".bpmn", xml).statusCode(400)
                .contentType("application/problem+json")
                .body("problems[0].resource", equalTo(key + ".bpmn"))
                .body("problems[0].line", greaterThan(1))
                .body("problems[0].message", containsString("not well-formed"));
        Api.as("admin").get("/api/v1/admin/process-definitions/{key}/versions", key).then().statusCode(404);
    }

    @Test
    void aScriptTaskIsRefusedNamingItsElement() {
        String key = key("script");
        String xml = process(key, "<bpmn:scriptTask id=\"compute-fee\" scriptFormat=\"javascript\">"
                + "<bpmn:script>java.lang.Runtime.getRuntime().exec('id')</bpmn:script></bpmn:scriptTask>");

        deploy(key + ".bpmn", xml).statusCode(400)
                .body("errors.field", hasItem("compute-fee"))
                .body("problems.find { it.elementId == 'compute-fee' }.line", greaterThan(1))
                .body("problems.message", hasItem(containsString("script tasks are not allowed")));
        Api.as("admin").get("/api/v1/admin/process-definitions/{key}/versions", key).then().statusCode(404);
    }

    @Test
    void aMethodCallExpressionIsRefused() {
        String key = key("method");
        String xml = process(key, "<bpmn:userTask id=\"assign-officer\" camunda:assignee=\"${foo.bar()}\" />");

        deploy(key + ".bpmn", xml).statusCode(400)
                .body("errors.field", hasItem("assign-officer"))
                .body("problems.message", hasItem(containsString("not allowed in expressions")));
    }

    @Test
    void anUnknownCandidateGroupIsRefusedButAnExpressionGroupIsNot() {
        String key = key("groups");
        String unknown = process(key, userTask("review-case", "DISNAKER, NO_SUCH_DESK"));
        deploy(key + ".bpmn", unknown).statusCode(400)
                .body("errors.field", contains("review-case"))
                .body("problems[0].message", containsString("'NO_SUCH_DESK' does not exist"));

        String partnerAndExpression = process(key, userTask("review-case", "LBH,${reviewGroup}"));
        deploy(key + ".bpmn", partnerAndExpression).statusCode(201);
    }

    @Test
    void dryRunReportsParserProblemsWithElementAndDeploysNothing() {
        String key = key("dry");
        String danglingFlow = process(key, userTask("check-documents"))
                .replace("</bpmn:process>", "<bpmn:sequenceFlow id=\"flow-nowhere\" sourceRef=\"check-documents\" "
                        + "targetRef=\"missing-step\" />\n</bpmn:process>");

        dryRun(key + ".bpmn", danglingFlow).statusCode(200)
                .body("valid", equalTo(false))
                .body("problems.elementId", hasItem("flow-nowhere"))
                .body("problems.find { it.elementId == 'flow-nowhere' }.line", greaterThan(1));
        dryRun(key + ".bpmn", process(key, userTask("check-documents"))).statusCode(200)
                .body("valid", equalTo(true))
                .body("problems", empty());
        Api.as("admin").get("/api/v1/admin/process-definitions/{key}/versions", key).then().statusCode(404);
    }

    @Test
    void aDryRunFlagThatIsNeitherTrueNorFalseIsRefusedAndDeploysNothing() {
        String key = key("typo");
        Api.as("admin").contentType(ContentType.MULTIPART).queryParam("dryRun", "yes")
                .multiPart("files", key + ".bpmn", process(key, userTask("check-documents")).getBytes(StandardCharsets.UTF_8),
                        "application/octet-stream")
                .post("/api/v1/admin/deployments").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("dryRun"));
        Api.as("admin").get("/api/v1/admin/process-definitions/{key}/versions", key).then().statusCode(404);
    }

    @Test
    void dryRunRefusesFormFieldTypesTheTaskApiCannotHandle() {
        String key = key("form");
        String xml = process(key, "<bpmn:userTask id=\"upload-photo\" camunda:candidateGroups=\"DISNAKER\">"
                + "<bpmn:extensionElements><camunda:formData><camunda:formField id=\"photo\" type=\"bytes\" />"
                + "</camunda:formData></bpmn:extensionElements></bpmn:userTask>");

        dryRun(key + ".bpmn", xml).statusCode(200)
                .body("valid", equalTo(false))
                .body("problems[0].elementId", equalTo("photo"))
                .body("problems[0].message", containsString("'bytes' is not supported"));
    }

    @Test
    void aDecisionTaskMustReferToAnExistingDecisionAndItsInputsAreCompared() {
        String key = key("routing");
        String decision = key + "-decision";
        String bpmn = process(key,
                "<bpmn:userTask id=\"record-stage\" camunda:candidateGroups=\"PENGADUAN\"><bpmn:extensionElements>"
                        + "<camunda:formData><camunda:formField id=\"stage\" type=\"string\" /></camunda:formData>"
                        + "</bpmn:extensionElements></bpmn:userTask>",
                "<bpmn:businessRuleTask id=\"route-case\" camunda:decisionRef=\"" + decision
                        + "\" camunda:resultVariable=\"desk\" camunda:mapDecisionResult=\"singleEntry\" />");

        upload(true, new String[]{key + ".bpmn"}, new String[]{bpmn}).statusCode(200)
                .body("valid", equalTo(false))
                .body("problems[0].elementId", equalTo("route-case"))
                .body("problems[0].message", containsString("neither in this upload nor deployed"));

        upload(true, new String[]{key + ".bpmn", key + ".dmn"}, new String[]{bpmn, dmn(decision)}).statusCode(200)
                .body("valid", equalTo(true))
                .body("warnings", hasSize(1))
                .body("warnings[0].elementId", equalTo("route-case"))
                .body("warnings[0].message", containsString("'category'"));

        upload(false, new String[]{key + ".bpmn", key + ".dmn"}, new String[]{bpmn, dmn(decision)}).statusCode(201)
                .body("definitions.type", containsInAnyOrder("BPMN", "DMN"))
                .body("warnings", hasSize(1));
    }

    @Test
    void aDecisionTableThatDoesNotParseIsRefused() {
        String decision = key("table");
        String broken = dmn(decision).replace("<inputExpression id=\"stage-expression\" typeRef=\"string\">",
                "<inputExpression id=\"stage-expression\" typeRef=\"string\" expressionLanguage=\"feel\">")
                .replace("<outputEntry id=\"rule-1-out\">", "<outputEntry id=\"rule-1-out\"><text>\"A\"</text></outputEntry>"
                        + "<outputEntry id=\"rule-1-extra\">");

        upload(true, new String[]{decision + ".dmn"}, new String[]{broken}).statusCode(200)
                .body("valid", equalTo(false))
                .body("problems[0].resource", equalTo(decision + ".dmn"));
    }

    @Test
    void theDiffNamesActivitiesAddedRemovedAndChanged() {
        String key = key("diff");
        deploy(key + ".bpmn", process(key, userTask("check-documents"), userTask("approve-application"),
                userTask("archive-file"))).statusCode(201);
        String v2 = deploy(key + ".bpmn", process(key, userTask("check-documents"), userTask("interview-applicant"),
                userTask("approve-application", "COORDINATOR"))).statusCode(201)
                .extract().path("definitions[0].id");

        Api.as("admin").get("/api/v1/admin/process-definitions/{id}/diff", v2).then().statusCode(200)
                .body("version", equalTo(2))
                .body("previousVersion", equalTo(1))
                .body("added.id", contains("interview-applicant"))
                .body("added[0].type", equalTo("userTask"))
                .body("removed.id", contains("archive-file"))
                .body("changed.id", contains("approve-application"));
        Api.as("admin").get("/api/v1/admin/process-definitions/{id}/diff", "no-such-definition").then().statusCode(404);
    }

    @Test
    void theXmlOfAnyVersionCanBeFetched() {
        String key = key("xml");
        String v1 = deploy(key + ".bpmn", process(key, userTask("check-documents"))).statusCode(201)
                .extract().path("definitions[0].id");
        deploy(key + ".bpmn", process(key, userTask("check-documents"), userTask("approve-application")))
                .statusCode(201);

        String xml = Api.as("admin").accept("application/xml").get("/api/v1/admin/process-definitions/{id}/xml", v1)
                .then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(xml.contains("check-documents") && !xml.contains("approve-application"));
    }

    static String dmn(String decisionId) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="%s-definitions" name="Routing"
                    namespace="https://satuatap.id/dmn/test">
                  <decision id="%s" name="Route case">
                    <decisionTable id="%s-table" hitPolicy="FIRST">
                      <input id="stage-input" label="Stage">
                        <inputExpression id="stage-expression" typeRef="string"><text>stage</text></inputExpression>
                      </input>
                      <input id="category-input" label="Category">
                        <inputExpression id="category-expression" typeRef="string"><text>category</text></inputExpression>
                      </input>
                      <output id="desk-output" name="desk" typeRef="string" />
                      <rule id="rule-1">
                        <inputEntry id="rule-1-stage"><text>"ABROAD"</text></inputEntry>
                        <inputEntry id="rule-1-category"><text>-</text></inputEntry>
                        <outputEntry id="rule-1-out"><text>"BP3MI"</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(decisionId, decisionId, decisionId);
    }
}
