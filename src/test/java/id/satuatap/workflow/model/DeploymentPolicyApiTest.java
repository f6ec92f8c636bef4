package id.satuatap.workflow.model;

import id.satuatap.support.Api;
import id.satuatap.workflow.model.ParserVocabulary.Reading;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static id.satuatap.workflow.model.TestModels.*;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

/**
 * Every name Camunda's parsers read as code is refused with the element named, whatever its namespace
 * prefix: the listener {@code class} without a prefix, {@code variableMappingClass}, shell tasks, and each
 * attribute of {@link ParserVocabulary} carrying a harmful value.
 */
@QuarkusTest
class DeploymentPolicyApiTest {

    private static final String ACTIVITI = "xmlns:activiti=\"http://activiti.org/bpmn\" ";

    @Test
    void anExecutionListenerClassWithoutPrefixIsRefusedAndNothingDeployed() {
        String key = key("listener");
        String xml = process(key, "<bpmn:serviceTask id=\"notify-desk\" camunda:delegateExpression=\"${recordReceipt}\">"
                + "<bpmn:extensionElements><camunda:executionListener class=\"java.lang.Runtime\" event=\"start\" />"
                + "</bpmn:extensionElements></bpmn:serviceTask>");

        deploy(key + ".bpmn", xml).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("notify-desk"))
                .body("problems.message", hasItem(containsString("'class' of executionListener names class 'java.lang.Runtime'")));
        dryRun(key + ".bpmn", xml).statusCode(200).body("valid", equalTo(false))
                .body("problems.elementId", hasItem("notify-desk"));
        Api.as("admin").get("/api/v1/admin/process-definitions/{key}/versions", key).then().statusCode(404);
    }

    @Test
    void aTaskListenerClassWithoutPrefixIsRefused() {
        String key = key("task-listener");
        String xml = process(key, "<bpmn:userTask id=\"review-file\" camunda:candidateGroups=\"DISNAKER\">"
                + "<bpmn:extensionElements><camunda:taskListener class=\"java.lang.ProcessBuilder\" event=\"create\" />"
                + "</bpmn:extensionElements></bpmn:userTask>");

        deploy(key + ".bpmn", xml).statusCode(400)
                .body("errors.field", hasItem("review-file"))
                .body("problems.message", hasItem(containsString("'java.lang.ProcessBuilder'")));
        Api.as("admin").get("/api/v1/admin/process-definitions/{key}/versions", key).then().statusCode(404);
    }

    @Test
    void aCallActivityVariableMappingClassIsRefused() {
        String key = key("mapping");
        String xml = process(key, "<bpmn:callActivity id=\"run-subprocess\" calledElement=\"sample-desk-review\" "
                + "camunda:variableMappingClass=\"java.lang.Runtime\" />");

        deploy(key + ".bpmn", xml).statusCode(400)
                .body("errors.field", hasItem("run-subprocess"))
                .body("problems.message", hasItem(containsString("'variableMappingClass' of callActivity")));
        dryRun(key + ".bpmn", xml).statusCode(200).body("valid", equalTo(false))
                .body("problems.elementId", hasItem("run-subprocess"));
    }

    @Test
    void aShellTaskIsRefused() {
        String key = key("shell");
        String xml = process(key, "<bpmn:serviceTask id=\"run-command\" camunda:type=\"shell\"><bpmn:extensionElements>"
                + "<camunda:field name=\"command\" stringValue=\"touch\" /></bpmn:extensionElements></bpmn:serviceTask>");

        deploy(key + ".bpmn", xml).statusCode(400)
                .body("errors.field", hasItem("run-command"))
                .body("problems.message", hasItem(containsString("task type 'shell' is not allowed")));
    }

    @Test
    void unknownCamundaExtensionElementsAreRefused() {
        String key = key("unknown");
        String xml = process(key, "<bpmn:userTask id=\"review-file\" camunda:candidateGroups=\"DISNAKER\">"
                + "<bpmn:extensionElements><camunda:taskListenerPlus delegateExpression=\"${recordReceipt}\" />"
                + "</bpmn:extensionElements></bpmn:userTask>");

        deploy(key + ".bpmn", xml).statusCode(400)
                .body("errors.field", hasItem("review-file"))
                .body("problems.message", hasItem(containsString("'taskListenerPlus' is not a Camunda extension element")));
    }

    @Test
    void aCamundaExtensionElementInADecisionIsRefused() {
        String decision = key("decision-extension");
        String dmn = ModelDeploymentApiTest.dmn(decision)
                .replace("namespace=\"https://satuatap.id/dmn/test\">",
                        "namespace=\"https://satuatap.id/dmn/test\" xmlns:camunda=\"http://camunda.org/schema/1.0/dmn\">")
                .replace("<rule id=\"rule-1\">", "<rule id=\"rule-1\"><camunda:script>x</camunda:script>");

        upload(true, new String[]{decision + ".dmn"}, new String[]{dmn}).statusCode(200)
                .body("valid", equalTo(false))
                .body("problems.elementId", hasItem("rule-1"))
                .body("problems.message", hasItem(containsString("'script' is not a Camunda extension element")));
    }

    @Test
    void aJuelDecisionEntryIsRefused() {
        String decision = key("decision-juel");
        String dmn = ModelDeploymentApiTest.dmn(decision).replace("<inputEntry id=\"rule-1-stage\">",
                "<inputEntry id=\"rule-1-stage\" expressionLanguage=\"juel\">");

        upload(false, new String[]{decision + ".dmn"}, new String[]{dmn}).statusCode(400)
                .body("errors.field", hasItem("rule-1-stage"))
                .body("problems.message", hasItem(containsString("FEEL only")));
    }

    /**
     * Each attribute the BPMN parser reads, prefixed with camunda:, with the legacy activiti: and without a
     * prefix, on a task of its own, carrying a value that would run code: refused, naming its task. One dry
     * run per prefix holds every attribute.
     */
    @TestFactory
    Stream<DynamicTest> everyParserReadAttributeWithAHarmfulValueIsRefusedWhateverItsPrefix() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String prefix : List.of("camunda:", "activiti:", "")) {
            String key = key("attributes");
            List<String> tasks = new ArrayList<>();
            for (Map.Entry<String, Reading> attribute : ParserVocabulary.BPMN_ATTRIBUTES.entrySet()) {
                if (!attribute.getKey().equals("id")) {
                    tasks.add("<bpmn:task id=\"harmful-" + attribute.getKey() + "\" " + prefix + attribute.getKey()
                            + "=\"" + harmful(attribute.getValue()) + "\" />");
                }
            }
            String xml = process(key, tasks.toArray(String[]::new)).replace("xmlns:camunda=", ACTIVITI + "xmlns:camunda=");
            List<String> refused = dryRun(key + ".bpmn", xml).statusCode(200).body("valid", equalTo(false))
                    .extract().jsonPath().getList("problems.elementId", String.class);
            for (String attribute : ParserVocabulary.BPMN_ATTRIBUTES.keySet()) {
                if (!attribute.equals("id")) {
                    tests.add(DynamicTest.dynamicTest(prefix + attribute,
                            () -> assertThat(refused, hasItem("harmful-" + attribute))));
                }
            }
        }
        return tests.stream();
    }

    private static String harmful(Reading reading) {
        return switch (reading) {
            case CLASS -> "java.lang.Runtime";
            case DELEGATE -> "${execution.getProcessEngine()}";
            case SCRIPT -> "javascript";
            case TASK_TYPE -> "shell";
            default -> "${execution.getProcessEngineServices().getRuntimeService()}";
        };
    }
}
