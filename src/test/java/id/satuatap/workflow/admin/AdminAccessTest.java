package id.satuatap.workflow.admin;

import id.satuatap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static id.satuatap.workflow.model.TestModels.*;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every administration endpoint is for administrators only: other roles get 403, strangers 401. */
@QuarkusTest
class AdminAccessTest {

    private static final List<String> NON_ADMINS = List.of("coordinator", "disnaker", "sbmi", "worker1");

    record Call(String method, String path, UnaryOperator<RequestSpecification> body, Object... params) {
        String signature() {
            return method + " " + path.replaceAll("\\{[^}]+}", "{}");
        }
    }

    @Test
    void nonAdministratorsGet403OnEveryAdminEndpoint() {
        String key = key("access");
        String definition = deploy(key + ".bpmn", process(key, userTask("check-documents"))).statusCode(201)
                .extract().path("definitions[0].id");
        String xml = process(key, userTask("check-documents"), userTask("approve-application"));
        UnaryOperator<RequestSpecification> none = r -> r;
        List<Call> calls = List.of(
                new Call("POST", "/api/v1/admin/deployments", r -> r.contentType(ContentType.MULTIPART)
                        .multiPart("files", key + ".bpmn", xml.getBytes(StandardCharsets.UTF_8), "application/octet-stream")),
                new Call("GET", "/api/v1/admin/process-definitions", none),
                new Call("GET", "/api/v1/admin/process-definitions/{key}/versions", none, key),
                new Call("GET", "/api/v1/admin/process-definitions/{id}/xml", r -> r.accept("application/xml"), definition),
                new Call("GET", "/api/v1/admin/process-definitions/{id}/diff", none, definition),
                new Call("PUT", "/api/v1/admin/process-definitions/{id}/suspension",
                        r -> r.body(Map.of("suspended", true)), definition),
                new Call("POST", "/api/v1/admin/migrations", r -> r.body(Map.of("sourceDefinitionId", definition,
                        "targetDefinitionId", definition, "dryRun", true))),
                new Call("GET", "/api/v1/admin/migrations/{batchId}", none, "some-batch"),
                new Call("PUT", "/api/v1/admin/process-instances/{id}/suspension",
                        r -> r.body(Map.of("suspended", true)), "some-instance"),
                new Call("GET", "/api/v1/admin/incidents", none),
                new Call("POST", "/api/v1/admin/incidents/{id}/retry", none, "some-incident"),
                new Call("POST", "/api/v1/admin/incidents/retry", r -> r.body(Map.of("incidentIds", List.of("x")))));

        for (Call call : calls) {
            for (String user : NON_ADMINS) {
                call.body().apply(Api.as(user)).request(call.method(), call.path(), call.params()).then()
                        .statusCode(403).contentType("application/problem+json");
            }
            call.body().apply(Api.anonymous()).request(call.method(), call.path(), call.params()).then().statusCode(401);
        }
        Api.as("admin").get("/api/v1/admin/process-definitions/{key}/versions", key).then()
                .body("items.size()", equalTo(1))
                .body("items[0].suspended", equalTo(false));
        assertEquals(documentedAdminEndpoints(), calls.stream().map(Call::signature)
                .collect(Collectors.toCollection(TreeSet::new)), "every documented admin endpoint is checked here");
    }

    private static Set<String> documentedAdminEndpoints() {
        Map<String, Map<String, Object>> paths = RestAssured.given().accept(ContentType.JSON)
                .get("/q/openapi?format=json").then().statusCode(200).extract().path("paths");
        Set<String> endpoints = new TreeSet<>();
        paths.forEach((path, operations) -> {
            if (path.startsWith("/api/v1/admin")) {
                operations.keySet().forEach(method -> endpoints.add(method.toUpperCase(Locale.ROOT) + " "
                        + path.replaceAll("\\{[^}]+}", "{}")));
            }
        });
        return endpoints;
    }
}
