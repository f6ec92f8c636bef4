package id.satuatap.predeparture;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.satuatap.i18n.Messages;
import id.satuatap.problem.ApiException;
import id.satuatap.security.CurrentUser;
import id.satuatap.web.Page;
import id.satuatap.web.PageRequest;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

@Path("/api/v1/applications")
@Tag(name = "Pre-departure applications")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No or invalid credentials")
public class ApplicationResource {

    @Inject Applications applications;
    @Inject RenderedViews views;
    @Inject ApplicationAccess access;
    @Inject CurrentUser user;
    @Context HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply for placement abroad",
            description = "Checks eligibility (decision table placement-eligibility) and starts the pre-departure process. "
                    + "A refused application is recorded with status REFUSED and answered with 422 and the reason.")
    @APIResponse(responseCode = "201", description = "Registered; the desks start working on it",
            content = @Content(schema = @Schema(implementation = ApplicationCreated.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or a worker the caller may not apply for")
    @APIResponse(responseCode = "403", description = "Partner staff do not file applications")
    @APIResponse(responseCode = "409", description = "The worker already has an application in progress")
    @APIResponse(responseCode = "422", description = "Not eligible (e.g. under 18, destination closed for the sector)")
    public Response submit(@Valid @NotNull ApplicationRequest request, @Context UriInfo uri) {
        Application application = applications.submit(request, user);
        if (application.status == ApplicationStatus.REFUSED) {
            Locale locale = locale();
            throw ApiException.unprocessable(Messages.text(locale, "predeparture.refused",
                    ApplicationProgress.label(locale, application.refusalReason), application.minimumAge, application.id));
        }
        return Response.created(uri.getAbsolutePathBuilder().path(application.id).build())
                .entity(ApplicationCreated.of(application)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Where an application stands",
            description = "Status, stage, what is still missing (and why something was rejected), red flags and the timeline, "
                    + "with a plain-words statusText. Staff also see desks, actors, evidence and open tasks.")
    @APIResponse(responseCode = "200", description = "The application",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match (no body)")
    @APIResponse(responseCode = "404", description = "No such application for this caller")
    public Response get(@PathParam("id") String id) throws JsonProcessingException {
        Application application = applications.visible(id, user);
        RenderedViews.Rendered view = views.of(application, access.seesStaffDetail(user), locale());
        return Response.ok(view.body(), MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, view.etag()).build();
    }

    @GET
    @Operation(summary = "Applications, oldest first",
            description = "Staff see all (optionally of one worker); a worker account sees those of its own worker record.")
    @APIResponse(responseCode = "200", description = "One page of applications")
    @APIResponse(responseCode = "400", description = "Bad limit or cursor")
    @APIResponse(responseCode = "403", description = "Partner staff do not see applications")
    public Page<ApplicationSummary> list(@QueryParam("workerId") String workerId, @QueryParam("limit") Integer limit,
                                         @QueryParam("cursor") String cursor) {
        Page<Application> page = applications.list(workerId, PageRequest.of(limit, cursor), user);
        List<ApplicationSummary> items = page.items().stream().map(ApplicationSummary::of).toList();
        return new Page<>(items, page.nextCursor());
    }

    private Locale locale() {
        return Messages.pick(headers.getAcceptableLanguages());
    }
}
