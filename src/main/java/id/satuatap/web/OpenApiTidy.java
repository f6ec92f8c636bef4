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
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getResponses() == null || op.getResponses().getAPIResponses() == null) {
                return;
            }
            op.getResponses().getAPIResponses().forEach((code, response) -> {
                if ((code.startsWith("4") || code.startsWith("5")) && (response.getContent() == null
                        || response.getContent().getMediaTypes() == null || response.getContent().getMediaTypes().isEmpty())) {
                    response.setContent(OASFactory.createContent().addMediaType(id.satuatap.problem.Problem.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
                }
            });
        }));
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
            operation.setSecurity(security.stream().map(r -> {
                SecurityRequirement clean = OASFactory.createSecurityRequirement();
                if (r.getSchemes() != null) {
                    r.getSchemes().keySet().forEach(clean::addScheme);
                }
                return clean;
            }).toList());
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
