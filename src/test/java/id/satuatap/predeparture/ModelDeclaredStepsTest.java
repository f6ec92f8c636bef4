package id.satuatap.predeparture;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static id.satuatap.support.Api.as;
import static id.satuatap.workflow.model.TestModels.deploy;
import static id.satuatap.workflow.model.TestModels.dryRun;
import static org.hamcrest.Matchers.*;

/** Stages and texts come from the model: a step an administrator adds shows its stage and names (issue 21). */
@QuarkusTest
class ModelDeclaredStepsTest {

    private static final String ORIGINAL = "bpmn/pre-departure.bpmn";
    private static final String ADDED_STEP = """
                <bpmn:userTask id="check-agency-licence" name="Check agency licence" camunda:candidateGroups="DISNAKER">
                  <bpmn:extensionElements>
                    <camunda:taskListener event="complete" delegateExpression="${recordDeskStep}" />
                    <camunda:properties>
                      <camunda:property name="stage" value="REGISTRATION" />
                      <camunda:property name="name.id" value="Pemeriksaan izin P3MI" />
                      <camunda:property name="name.en" value="Agency licence check" />
                    </camunda:properties>
                  </bpmn:extensionElements>
                  <bpmn:incoming>flow-to-agency-licence</bpmn:incoming>
                  <bpmn:outgoing>flow-to-job-order</bpmn:outgoing>
                </bpmn:userTask>
            """;

    @AfterEach
    void restoreTheShippedModel() throws IOException {
        deploy("pre-departure.bpmn", Files.readString(Path.of(ORIGINAL))).statusCode(anyOf(is(200), is(201)));
    }

    @Test
    void aStepAddedInVersion2ShowsItsStageAndNamesInBothLanguagesWhileAnApplicationWaitsThere() throws IOException {
        deploy("pre-departure.bpmn", withAddedStep(ADDED_STEP)).statusCode(201);
        Journey journey = Journey.womanAged(28).apply("disnaker");

        as("disnaker").header("Accept-Language", "en").get("/api/v1/applications/" + journey.applicationId).then()
                .statusCode(200).body("stage", is("REGISTRATION"))
                .body("openRequirements.find { it.code == 'check-agency-licence' }.text", startsWith("Agency licence check"))
                .body("statusText", containsString("Agency licence check"))
                .body("statusText", not(containsString("check-agency-licence")))
                .body("openTasks[0].displayName", is("Agency licence check"));
        journey.view("disnaker").body("openRequirements.find { it.code == 'check-agency-licence' }.text",
                startsWith("Pemeriksaan izin P3MI"));
        String task = journey.task("disnaker", "check-agency-licence");
        as("disnaker").header("Accept-Language", "en").queryParam("businessKey", journey.applicationId).get("/api/v1/tasks")
                .then().body("items[0].displayName", is("Agency licence check"));
        as("disnaker").get("/api/v1/tasks/" + task).then().statusCode(200).body("displayName", is("Pemeriksaan izin P3MI"));

        journey.complete("disnaker", "check-agency-licence", Map.of());
        journey.view("disnaker").body("stage", is("REGISTRATION"))
                .body("openTasks.taskDefinitionKey", contains("check-job-order"))
                .body("timeline.find { it.event == 'STEP_COMPLETED' }.text", containsString("Pemeriksaan izin P3MI"));
    }

    @Test
    void aModelWhoseStepLacksItsStageOrNamesIsRefusedNamingTheStep() throws IOException {
        String bare = ADDED_STEP.replaceAll("(?s)<bpmn:extensionElements>.*</bpmn:extensionElements>", "");
        dryRun("pre-departure.bpmn", withAddedStep(bare)).statusCode(200).body("valid", is(false))
                .body("problems.findAll { it.elementId == 'check-agency-licence' }.message",
                        hasItems(containsString("stage"), containsString("name.id"), containsString("name.en")));
        String unknownStage = ADDED_STEP.replace("value=\"REGISTRATION\"", "value=\"PAPERWORK\"");
        deploy("pre-departure.bpmn", withAddedStep(unknownStage)).statusCode(400).contentType("application/problem+json")
                .body("problems.find { it.elementId == 'check-agency-licence' }.message", containsString("PAPERWORK"));
    }

    private static String withAddedStep(String step) throws IOException {
        String xml = Files.readString(Path.of(ORIGINAL));
        return xml.replace("<bpmn:outgoing>flow-to-job-order</bpmn:outgoing>\n    </bpmn:startEvent>",
                        "<bpmn:outgoing>flow-to-agency-licence</bpmn:outgoing>\n    </bpmn:startEvent>\n" + step)
                .replace("<bpmn:sequenceFlow id=\"flow-to-job-order\" sourceRef=\"application-submitted\" targetRef=\"check-job-order\" />",
                        "<bpmn:sequenceFlow id=\"flow-to-agency-licence\" sourceRef=\"application-submitted\" targetRef=\"check-agency-licence\" />\n"
                                + "    <bpmn:sequenceFlow id=\"flow-to-job-order\" sourceRef=\"check-agency-licence\" targetRef=\"check-job-order\" />");
    }
}
