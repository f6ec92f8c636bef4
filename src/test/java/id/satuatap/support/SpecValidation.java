package id.satuatap.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks every request {@link Api} sends, and its answer, against the OpenAPI document the application
 * serves, so the document cannot drift from the code. An answer must match its declared status and schema.
 * A request must match the document when the server accepted it; a request the server refused (4xx) was
 * meant to be wrong, and only its answer is checked.
 *
 * <p>Atlassian's validator reads OpenAPI 3.0 with JSON Schema draft 4, while SmallRye serves 3.1; the few
 * 3.1 forms the document uses ({@code "null"} in a type list, {@code anyOf} a null schema, {@code examples})
 * are rewritten to 3.0's {@code nullable} and {@code example} before it is loaded. Multipart bodies are not
 * checked: the validator does not see RestAssured's parts.
 */
public final class SpecValidation implements OrderedFilter {

    private static volatile OpenApiInteractionValidator validator;

    @Override
    public int getOrder() {
        return OrderedFilter.HIGHEST_PRECEDENCE;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(request, responseSpec);
        ValidationReport report = validator().validate(RestAssuredRequest.of(request), RestAssuredResponse.of(response));
        boolean refused = response.statusCode() >= 400;
        // The validator does not see RestAssured's multipart parts, and so would call every upload bodiless.
        boolean multipart = String.valueOf(request.getContentType()).startsWith("multipart/");
        boolean bodiless = response.statusCode() == 204 || response.statusCode() == 304;
        List<ValidationReport.Message> errors = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> !(refused && m.getKey().startsWith("validation.request")))
                .filter(m -> !(multipart && m.getKey().equals("validation.request.body.missing")))
                // Accept negotiates a body; an answer without one (204) cannot disagree with it.
                .filter(m -> !(bodiless && m.getKey().equals("validation.request.accept.notAllowed")))
                .toList();
        if (!errors.isEmpty()) {
            throw new AssertionError(request.getMethod() + " " + request.getURI() + " answered " + response.statusCode()
                    + " against the served OpenAPI document:\n" + errors.stream().map(m -> m.getKey() + ": " + m.getMessage())
                    .collect(Collectors.joining("\n")));
        }
        return response;
    }

    private static OpenApiInteractionValidator validator() {
        OpenApiInteractionValidator current = validator;
        if (current == null) {
            synchronized (SpecValidation.class) {
                if (validator == null) {
                    String served = RestAssured.given().accept("application/json").get("/q/openapi?format=json")
                            .then().statusCode(200).extract().asString();
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(toOpenApi30(served)).build();
                }
                current = validator;
            }
        }
        return current;
    }

    static String toOpenApi30(String document) {
        try {
            ObjectMapper json = new ObjectMapper();
            ObjectNode root = (ObjectNode) json.readTree(document);
            root.put("openapi", "3.0.3");
            rewrite(root, root);
            return json.writeValueAsString(root);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void rewrite(JsonNode node, ObjectNode root) {
        if (node instanceof ObjectNode object) {
            if (object.get("type") instanceof ArrayNode types) {
                boolean nullable = false;
                String type = null;
                for (JsonNode t : types) {
                    if (t.asText().equals("null")) {
                        nullable = true;
                    } else {
                        type = t.asText();
                    }
                }
                if (type == null) {
                    object.remove("type");
                } else {
                    object.put("type", type);
                }
                if (nullable) {
                    object.put("nullable", true);
                }
            }
            if (object.get("anyOf") instanceof ArrayNode any) {
                ArrayNode rest = object.arrayNode();
                boolean nullable = false;
                for (JsonNode option : any) {
                    if (option.path("type").asText().equals("null")) {
                        nullable = true;
                    } else {
                        rest.add(option);
                    }
                }
                if (nullable && rest.size() == 1 && rest.get(0).has("$ref")) {
                    // Draft 4 has no nullable reference: the referenced schema is copied, allowing null.
                    String ref = rest.get(0).get("$ref").asText();
                    ObjectNode copy = ((ObjectNode) root.path("components").path("schemas")
                            .path(ref.substring(ref.lastIndexOf('/') + 1))).deepCopy();
                    object.remove("anyOf");
                    object.setAll(copy);
                    object.put("nullable", true);
                    if (object.get("enum") instanceof ArrayNode values) {
                        values.addNull();
                    }
                } else if (nullable) {
                    object.set("anyOf", rest);
                    object.put("nullable", true);
                }
            }
            if (object.get("examples") instanceof ArrayNode examples && object.has("type")) {
                object.remove("examples");
                if (!examples.isEmpty()) {
                    object.set("example", examples.get(0));
                }
            }
            if (object.has("$ref") && object.size() > 1) {
                JsonNode ref = object.get("$ref");
                object.removeAll();
                object.set("$ref", ref);
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                rewrite(fields.next().getValue(), root);
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(item -> rewrite(item, root));
        }
    }
}
