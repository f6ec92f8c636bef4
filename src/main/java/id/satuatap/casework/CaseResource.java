package id.satuatap.casework;

import id.satuatap.casework.CaseAccess.Viewer;
import id.satuatap.casework.CaseViews.CaseFile;
import id.satuatap.casework.CaseViews.CaseSummary;
import id.satuatap.casework.CaseViews.NoteView;
import id.satuatap.security.CurrentUser;
import id.satuatap.security.Role;
import id.satuatap.web.EnumParam;
import id.satuatap.web.FlagParam;
import id.satuatap.web.Page;
import id.satuatap.web.PageRequest;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/cases")
@Tag(name = "Cases")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@APIResponse(responseCode = "401", description = "No or invalid credentials")
public class CaseResource {

    @Inject CaseIntake intake;
    @Inject CaseFiles files;
    @Inject CurrentUser user;

    public record NoteRequest(@NotBlank @Size(max = 4000) String text) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report a case (any channel)",
            description = "Staff, partners and workers (for themselves as WORKER, or as FAMILY describing the person) file"
                    + " complaints. Starts the case-handling process at triage.")
    @APIResponse(responseCode = "201", description = "Opened",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseIntake.Opened.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "A worker account filing for someone else's record")
    public Response file(@Valid @NotNull CaseRequest body, @Context UriInfo uri) {
        CaseIntake.Opened opened = intake.file(Viewer.of(user), body);
        return Response.created(uri.getAbsolutePathBuilder().path(opened.id()).build()).entity(opened).build();
    }

    @GET
    @Operation(summary = "Cases the caller may see, newest first (no personal data)")
    @APIResponse(responseCode = "200", description = "One page of cases")
    @APIResponse(responseCode = "400", description = "Bad filter, limit or cursor")
    public Page<CaseSummary> list(@QueryParam("status") String status, @QueryParam("category") String category,
                                  @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return files.list(Viewer.of(user), EnumParam.parse(CaseStatus.class, status, "status"),
                EnumParam.parse(CaseCategory.class, category, "category"), PageRequest.of(limit, cursor));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The case file: referrals, timeline, open tasks and notes as far as the caller may see them",
            description = "Every read by staff or a partner is written to the audit log (CASE_READ).")
    @APIResponse(responseCode = "200", description = "The case file")
    @APIResponse(responseCode = "404", description = "No such case, or not one the caller may see")
    public CaseFile get(@PathParam("id") String id) {
        return files.read(Viewer.of(user), id);
    }

    @POST
    @Path("/{id}/notes")
    @RolesAllowed({Role.ADMIN_ROLE, Role.COORDINATOR_ROLE, Role.DESK_ROLE, Role.PARTNER_ROLE})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a working note (staff, and partners that accepted a referral)")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseViews.NoteView.class)))
    @APIResponse(responseCode = "400", description = "Empty or too long")
    @APIResponse(responseCode = "403", description = "Workers, and partners without an accepted referral")
    @APIResponse(responseCode = "404", description = "No such case, or not one the caller may see")
    public Response addNote(@PathParam("id") String id, @Valid @NotNull NoteRequest body) {
        NoteView note = files.addNote(Viewer.of(user), id, body.text());
        return Response.status(Response.Status.CREATED).entity(note).build();
    }

    @POST
    @Path("/{id}/reopen")
    @RolesAllowed({Role.ADMIN_ROLE, Role.COORDINATOR_ROLE, Role.DESK_ROLE})
    @Operation(summary = "Reopen a closed case (complaints desk, coordinator)",
            description = "Sends the case-reopened message to its process, which goes back to follow-up, or with"
                    + " retriage=true (the reporter brings new facts) back to triage with a fresh triage time, and from there"
                    + " through the urgent path, routing and new referral chains. Possible until the reopen window (default"
                    + " 90 days) after closure has passed.")
    @APIResponse(responseCode = "200", description = "Reopened: IN_PROGRESS, or OPEN when it waits for triage")
    @APIResponse(responseCode = "400", description = "retriage is neither true nor false")
    @APIResponse(responseCode = "403", description = "Not the complaints desk or the coordinator")
    @APIResponse(responseCode = "404", description = "No such case, or not one the caller may see")
    @APIResponse(responseCode = "422", description = "Not closed, or the reopen window has passed")
    public CaseIntake.Opened reopen(@PathParam("id") String id,
                                    @Parameter(description = "New facts: triage the case again (default false)",
                                            schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("retriage") String retriage) {
        return files.reopen(Viewer.of(user), id, FlagParam.parse(retriage, "retriage"));
    }
}
