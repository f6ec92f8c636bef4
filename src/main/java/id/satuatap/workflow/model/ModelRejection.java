package id.satuatap.workflow.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.satuatap.problem.FieldError;
import id.satuatap.problem.Problem;
import id.satuatap.problem.ProblemMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** problem+json for a refused model, carrying each problem with its file, element id and line. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "ModelRejection", description = "Problem details of a refused deployment")
public record ModelRejection(String type, String title, int status, String detail, List<FieldError> errors,
                             List<ModelProblem> problems) {

    public static class Mapper {
        @ServerExceptionMapper
        public Response rejected(ModelRejectedException e, HttpHeaders headers) {
            List<FieldError> errors = e.problems().stream()
                    .map(p -> new FieldError(p.elementId() != null ? p.elementId() : String.valueOf(p.resource()),
                            (p.resource() != null ? p.resource() : "") + (p.line() != null ? " line " + p.line() : "")
                                    + ": " + p.message()))
                    .toList();
            Problem base = ProblemMapper.body(headers, 400, "invalid-model",
                    "The models were not deployed: " + e.problems().size() + " problem(s).", errors);
            return Response.status(400).type(Problem.MEDIA_TYPE)
                    .entity(new ModelRejection(base.type(), base.title(), 400, base.detail(), errors, e.problems()))
                    .build();
        }
    }
}
