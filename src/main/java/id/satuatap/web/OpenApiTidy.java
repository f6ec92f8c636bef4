package id.satuatap.web;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
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
                    .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)));
        }
        return item;
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
