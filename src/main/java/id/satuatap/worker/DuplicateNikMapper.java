package id.satuatap.worker;

import id.satuatap.problem.Problem;
import id.satuatap.problem.ProblemMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The 409 of a duplicate NIK: the usual problem details plus {@code workerId}, the record that exists. */
public class DuplicateNikMapper {

    @Schema(name = "DuplicateWorkerProblem", description = "RFC 9457 problem details with the existing worker's id")
    public record DuplicateWorkerProblem(String type, String title, int status, String detail, String workerId) {
    }

    @ServerExceptionMapper
    public Response duplicate(DuplicateNikException e, HttpHeaders headers) {
        Problem problem = ProblemMapper.body(headers, e.status(), e.kind(), e.getMessage(), e.errors());
        return Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(new DuplicateWorkerProblem(problem.type(),
                problem.title(), problem.status(), problem.detail(), e.workerId())).build();
    }
}
