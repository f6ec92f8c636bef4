package id.satuatap.tip;

import id.satuatap.partner.PartnerDirectory;
import id.satuatap.partner.PartnerProfile;
import id.satuatap.security.CurrentUser;
import id.satuatap.security.Role;
import id.satuatap.tip.TipAccess.Caller;
import id.satuatap.web.EnumParam;
import id.satuatap.web.Page;
import id.satuatap.web.PageRequest;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

@Path("/api/v1/tips")
@Tag(name = "Tips")
@Produces(MediaType.APPLICATION_JSON)
public class TipResource {

    @Inject Tips tips;
    @Inject SecurityIdentity identity;
    @Inject CurrentUser user;
    @Inject PartnerDirectory partners;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "File a tip about a broker, recruiter or illegal departure; no sign-in needed (such a tip"
            + " is anonymous). The answer is a receipt with the id to quote")
    @APIResponse(responseCode = "201", description = "Filed; verification has started",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TipView.Receipt.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, e.g. an unknown village code")
    public Response file(@Valid @NotNull TipRequest body, @Context UriInfo uri) {
        TipView.Receipt receipt = tips.file(caller(), body);
        return Response.created(uri.getAbsolutePathBuilder().path(receipt.id()).build()).entity(receipt).build();
    }

    @GET
    @RolesAllowed({Role.ADMIN_ROLE, Role.COORDINATOR_ROLE, Role.DESK_ROLE, Role.PARTNER_ROLE, Role.WORKER_ROLE})
    @Operation(summary = "Tips the caller may see, newest first: all for the verifiers (POLRI, BP3MI), the complaints"
            + " desk and the coordinator; a partner's own and those from the regencies it serves; otherwise one's own")
    @APIResponse(responseCode = "200", description = "One page of tips")
    @APIResponse(responseCode = "400", description = "Bad status, limit or cursor")
    @APIResponse(responseCode = "401", description = "No or invalid credentials")
    public Page<TipView> list(@QueryParam("status") String status, @QueryParam("limit") Integer limit,
                              @QueryParam("cursor") String cursor) {
        return tips.list(caller(), EnumParam.parse(TipStatus.class, status, "status"), PageRequest.of(limit, cursor));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_ROLE, Role.COORDINATOR_ROLE, Role.DESK_ROLE, Role.PARTNER_ROLE, Role.WORKER_ROLE})
    @Operation(summary = "One tip; the reporter of an anonymous tip is withheld from partners")
    @APIResponse(responseCode = "200", description = "The tip")
    @APIResponse(responseCode = "401", description = "No or invalid credentials")
    @APIResponse(responseCode = "404", description = "No such tip the caller may see")
    public TipView read(@PathParam("id") String id) {
        return tips.read(caller(), id);
    }

    @POST
    @Path("/{id}/verification")
    @RolesAllowed({Role.DESK_ROLE, Role.COORDINATOR_ROLE})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the verification (POLRI or BP3MI; the coordinator once overdue); a verified tip can"
            + " open a case or join an existing one")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Invalid fields, e.g. an unknown case to attach to")
    @APIResponse(responseCode = "401", description = "No or invalid credentials")
    @APIResponse(responseCode = "403", description = "Not a verifier")
    @APIResponse(responseCode = "404", description = "No such tip the caller may see")
    @APIResponse(responseCode = "409", description = "Already verified")
    public TipView verify(@PathParam("id") String id, @Valid @NotNull TipVerification body) {
        return tips.verify(caller(), id, body);
    }

    private Caller caller() {
        if (identity.isAnonymous()) {
            return new Caller(null, null, Set.of(), Set.of());
        }
        Role role = Arrays.stream(Role.values()).filter(user::is).findFirst().orElse(null);
        Set<String> covered = role != Role.PARTNER ? Set.of() : user.groups().stream()
                .flatMap(code -> partners.find(code).stream()).map(PartnerProfile::regencyCodes)
                .flatMap(Set::stream).collect(Collectors.toSet());
        return new Caller(user.username(), role, user.groups(), covered);
    }
}
