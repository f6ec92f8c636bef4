package id.satuatap.web;

import id.satuatap.problem.FieldError;
import id.satuatap.problem.ProblemMapper;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** Answers for a request whose path exists but whose method or content type no route of it takes. */
public class RouteProblems {

    @Inject Routes routes;
    @Inject CurrentIdentityAssociation identities;

    @ServerExceptionMapper
    public Response invalidParameter(NumberParams.InvalidParameter e, HttpHeaders headers) {
        return ProblemMapper.problem(headers, 400, "validation", "The request has invalid fields.",
                List.of(new FieldError(e.name(), e.getMessage())));
    }

    /** 405 names the methods the path does take, as RFC 9110 requires. */
    @ServerExceptionMapper
    public Response methodNotAllowed(NotAllowedException e, HttpHeaders headers, UriInfo uri) {
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return Response.fromResponse(ProblemMapper.problem(headers, 405, "method-not-allowed", null, List.of()))
                .header(HttpHeaders.ALLOW, allow != null ? allow : String.join(", ", routes.allowed(uri.getPath())))
                .build();
    }

    /**
     * An anonymous caller of a route that needs a sign-in is asked to sign in first, whatever the content
     * type: what the route accepts is none of their business yet, and 415 would make them retry in vain.
     */
    @ServerExceptionMapper
    public Uni<Response> unsupportedType(NotSupportedException e, HttpHeaders headers, UriInfo uri) {
        Response unsupported = ProblemMapper.problem(headers, 415, "unsupported-media-type", null, List.of());
        if (routes.isPublic(uri.getPath())) {
            return Uni.createFrom().item(unsupported);
        }
        return identities.getDeferredIdentity().onItemOrFailure().transform((identity, failure) ->
                failure != null || identity.isAnonymous() ? ProblemMapper.challenge(headers) : unsupported);
    }
}
