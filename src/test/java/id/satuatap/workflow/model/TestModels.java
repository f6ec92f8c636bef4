package id.satuatap.workflow.model;

import id.satuatap.support.Api;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small test-only process models, written as XML so that each test shows exactly what it deploys, and the
 * upload request of the admin API.
 */
public final class TestModels {

    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");

    private TestModels() {
    }

    /** A fresh process key, so tests never share versions. */
    public static String key(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String userTask(String id) {
        return userTask(id, "DISNAKER");
    }

    public static String userTask(String id, String candidateGroups) {
        return "<bpmn:userTask id=\"" + id + "\" name=\"" + id + "\" camunda:candidateGroups=\"" + candidateGroups + "\" />";
    }

    /** A process running from a start event through the given nodes in order to an end event. */
    public static String process(String key, String... nodes) {
        List<String> ids = new ArrayList<>();
        ids.add("started");
        for (String node : nodes) {
            Matcher m = ID.matcher(node);
            if (!m.find()) {
                throw new IllegalArgumentException("node without id: " + node);
            }
            ids.add(m.group(1));
        }
        ids.add("finished");
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="%s-definitions"
                    targetNamespace="https://satuatap.id/bpmn/test">
                  <bpmn:process id="%s" name="%s" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="started" />
                """.formatted(key, key, key));
        for (String node : nodes) {
            xml.append("    ").append(node).append('\n');
        }
        xml.append("    <bpmn:endEvent id=\"finished\" />\n");
        for (int i = 0; i + 1 < ids.size(); i++) {
            xml.append("    <bpmn:sequenceFlow id=\"flow-").append(i).append("\" sourceRef=\"").append(ids.get(i))
                    .append("\" targetRef=\"").append(ids.get(i + 1)).append("\" />\n");
        }
        return xml.append("  </bpmn:process>\n</bpmn:definitions>\n").toString();
    }

    public static ValidatableResponse deploy(String fileName, String xml) {
        return upload(false, new String[]{fileName}, new String[]{xml});
    }

    public static ValidatableResponse dryRun(String fileName, String xml) {
        return upload(true, new String[]{fileName}, new String[]{xml});
    }

    /** One upload of several files: names and contents pairwise. */
    public static ValidatableResponse upload(boolean dryRun, String[] fileNames, String[] contents) {
        var request = Api.as("admin").contentType(ContentType.MULTIPART).queryParam("dryRun", dryRun);
        for (int i = 0; i < fileNames.length; i++) {
            request.multiPart("files", fileNames[i], contents[i].getBytes(StandardCharsets.UTF_8),
                    "application/octet-stream");
        }
        return request.post("/api/v1/admin/deployments").then();
    }
}
