package id.satuatap.security;

import id.satuatap.problem.ProblemMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** 429 problem+json with Retry-After; more specific than the 401 every other sign-in failure gets. */
public class ThrottleProblems {

    @ServerExceptionMapper
    public Response throttled(SignInThrottledException e, HttpHeaders headers) {
        return Response.fromResponse(ProblemMapper.problem(headers, 429, "too-many-requests",
                        "Too many attempts; try again after Retry-After seconds.", List.of()))
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .build();
    }
}
