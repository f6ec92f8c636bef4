package id.satuatap.web;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import java.util.List;

/**
 * Makes the generated document pass Spectral's {@code spectral:oas}: HTTP Basic has no scopes, so the role
 * names SmallRye lists as scopes are moved into the description, and an operation without its own
 * description repeats its summary.
 */
public class OpenApiTidy implements OASFilter {

    /** Every POST honours Idempotency-Key ({@link IdempotencyFilter}); say so where clients look. */
    @Override
    public org.eclipse.microprofile.openapi.models.PathItem filterPathItem(org.eclipse.microprofile.openapi.models.PathItem item) {
        Operation post = item.getPOST();
        if (post != null && (post.getParameters() == null
                || post.getParameters().stream().noneMatch(p -> IdempotencyFilter.HEADER.equals(p.getName())))) {
            post.addParameter(OASFactory.createParameter().name(IdempotencyFilter.HEADER)
                    .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER)
                    .description("Client-chosen key (1-255 characters): a repeat with the same key and body returns "
                            + "the first response and changes nothing; the same key with another body gets 422.")
                    .schema(OASFactory.createSchema().addType(SchemaType.STRING)));
        }
        return item;
    }

    /** The one place that says every error answer is a Problem, instead of repeating it on each endpoint. */
    @Override
    public void filterOpenAPI(org.eclipse.microprofile.openapi.models.OpenAPI openAPI) {
        if (openAPI.getComponents().getSchemas() == null || !openAPI.getComponents().getSchemas().containsKey("Problem")) {
            openAPI.getComponents().addSchema("Problem", OASFactory.createSchema().addType(SchemaType.OBJECT)
                    .description("RFC 9457 problem details")
                    .addProperty("type", text()).addProperty("title", text())
                    .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER))
                    .addProperty("detail", text())
                    .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY)
                            .items(OASFactory.createSchema().ref("#/components/schemas/FieldError"))));
        }
        if (!openAPI.getComponents().getSchemas().containsKey("FieldError")) {
            openAPI.getComponents().addSchema("FieldError", OASFactory.createSchema().addType(SchemaType.OBJECT)
                    .addProperty("field", text()).addProperty("message", text()));
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().values().forEach(OpenApiTidy::optionalMeansNullable);
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().forEach((method, op) -> {
            if (op.getResponses() == null || op.getResponses().getAPIResponses() == null) {
                return;
            }
            declareGenericAnswers(op);
            if (method == org.eclipse.microprofile.openapi.models.PathItem.HttpMethod.GET) {
                declareNotModified(op);
            }
            declarePageLimits(op);
            op.getResponses().getAPIResponses().forEach((code, response) -> {
                if ((code.startsWith("4") || code.startsWith("5")) && (response.getContent() == null
                        || response.getContent().getMediaTypes() == null || response.getContent().getMediaTypes().isEmpty())) {
                    response.setContent(OASFactory.createContent().addMediaType(id.satuatap.problem.Problem.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
                }
            });
        }));
    }

    /**
     * Answers any operation can give, whatever its resource declares: a malformed header or parameter (400),
     * an unacceptable Accept (406), a request line or headers too large (414, 431, web/RequestLimits), a
     * lost database (503); with a body also a body too large (413) or of another type (415).
     */
    private static void declareGenericAnswers(Operation op) {
        var responses = op.getResponses();
        java.util.Map<String, String> generic = new java.util.LinkedHashMap<>();
        generic.put("400", "A malformed parameter or header");
        generic.put("406", "None of the accepted media types can be produced");
        generic.put("414", "The request line is too long");
        generic.put("431", "The headers are too large");
        generic.put("503", "The database cannot be reached; retry after Retry-After seconds");
        if (op.getRequestBody() != null) {
            generic.put("413", "The body is too large");
            generic.put("415", "The body is not of a declared media type");
        }
        generic.forEach((code, description) -> {
            if (responses.getAPIResponse(code) == null) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
            }
        });
    }

    /** A GET answered with JSON carries an ETag and answers 304 to its If-None-Match ({@link ConditionalGetFilter}). */
    private static void declareNotModified(Operation op) {
        var ok = op.getResponses().getAPIResponse("200");
        if (ok != null && ok.getContent() != null && ok.getContent().getMediaTypes() != null
                && ok.getContent().getMediaTypes().containsKey("application/json")
                && op.getResponses().getAPIResponse("304") == null) {
            op.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not modified: the ETag sent in If-None-Match still matches"));
        }
    }

    /** Every {@code limit} is a page size ({@link PageRequest}). */
    private static void declarePageLimits(Operation op) {
        if (op.getParameters() == null) {
            return;
        }
        op.getParameters().stream().filter(p -> "limit".equals(p.getName()) && p.getSchema() != null)
                .forEach(p -> p.getSchema().minimum(java.math.BigDecimal.ONE)
                        .maximum(java.math.BigDecimal.valueOf(PageRequest.MAX_LIMIT))
                        .defaultValue(PageRequest.DEFAULT_LIMIT));
    }

    /**
     * A property a schema does not require may be absent or null: records serialise an unset field as null.
     * OpenAPI 3.1 says so with a {@code "null"} type, or for a reference with {@code anyOf} a null schema.
     */
    private static void optionalMeansNullable(org.eclipse.microprofile.openapi.models.media.Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().forEach((name, property) -> {
            if (required.contains(name)) {
                return;
            }
            if (property.getRef() != null) {
                String ref = property.getRef();
                property.setRef(null);
                property.setType(null);
                property.addAnyOf(OASFactory.createSchema().ref(ref))
                        .addAnyOf(OASFactory.createSchema().addType(SchemaType.NULL));
            } else if (property.getType() != null && !property.getType().isEmpty()
                    && !property.getType().contains(SchemaType.NULL)) {
                property.addType(SchemaType.NULL);
            }
        });
    }

    private static org.eclipse.microprofile.openapi.models.media.Schema text() {
        return OASFactory.createSchema().addType(SchemaType.STRING);
    }

    @Override
    public Operation filterOperation(Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        String roles = null;
        if (security != null) {
            for (SecurityRequirement requirement : security) {
                if (requirement.getSchemes() == null) {
                    continue;
                }
                for (var scheme : requirement.getSchemes().entrySet()) {
                    if (scheme.getValue() != null && !scheme.getValue().isEmpty()) {
                        roles = String.join(", ", scheme.getValue());
                    }
                }
            }
            // Every signed-in operation takes either HTTP Basic or a session's access token; the generator adds
            // only one scheme, and a client (or a validator) reading the document must see both alternatives.
            if (!security.isEmpty()) {
                operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme("basicAuth"),
                        OASFactory.createSecurityRequirement().addScheme("bearerAuth")));
            }
        }
        if (operation.getDescription() == null || operation.getDescription().isBlank()) {
            operation.setDescription(operation.getSummary());
        }
        if (roles != null) {
            operation.setDescription(operation.getDescription() + " Roles: " + roles + ".");
        }
        return operation;
    }
}
