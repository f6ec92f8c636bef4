package id.satuatap.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** RFC 9457 problem details, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(example = "https://satuatap.id/problems/validation") String type,
        String title,
        int status,
        String detail,
        @Schema(description = "Invalid fields, for validation errors") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
