package id.satuatap.casework;

import id.satuatap.casework.CaseAccess.Viewer;
import id.satuatap.casework.CaseViews.ReferralView;
import id.satuatap.security.CurrentUser;
import id.satuatap.security.Role;
import id.satuatap.web.EnumParam;
import id.satuatap.web.Page;
import id.satuatap.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/referrals")
@Tag(name = "Referrals")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No or invalid credentials")
@APIResponse(responseCode = "403", description = "A role that never handles referrals")
public class ReferralResource {

    @Inject ReferralDesk desk;
    @Inject CurrentUser user;

    public record DeclineRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    /** What the partner provided ({@code what}) and on which day. */
    public record DeliveryRequest(@NotNull LocalDate deliveredOn, @NotBlank @Size(max = 1000) String what) {
    }

    @GET
    @RolesAllowed({Role.ADMIN_ROLE, Role.COORDINATOR_ROLE, Role.DESK_ROLE, Role.PARTNER_ROLE})
    @Operation(summary = "Referrals of the caller's organisation, newest first (all of them for the complaints desk,"
            + " coordinator and admin)")
    @APIResponse(responseCode = "200", description = "One page of referrals")
    @APIResponse(responseCode = "400", description = "Bad status, limit or cursor")
    public Page<ReferralView> list(@QueryParam("status") String status, @QueryParam("limit") Integer limit,
                                   @QueryParam("cursor") String cursor) {
        return desk.list(Viewer.of(user), EnumParam.parse(ReferralStatus.class, status, "status"),
                PageRequest.of(limit, cursor));
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed(Role.PARTNER_ROLE)
    @Operation(summary = "Accept a referral offered to the caller's organisation")
    @APIResponse(responseCode = "200", description = "Accepted")
    @APIResponse(responseCode = "404", description = "No such referral for this organisation")
    @APIResponse(responseCode = "409", description = "Already answered or expired")
    public ReferralView accept(@PathParam("id") String id) {
        return desk.answer(Viewer.of(user), id, true, null);
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed(Role.PARTNER_ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decline a referral with a reason; the next eligible partner is asked")
    @APIResponse(responseCode = "200", description = "Declined")
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "404", description = "No such referral for this organisation")
    @APIResponse(responseCode = "409", description = "Already answered or expired")
    public ReferralView decline(@PathParam("id") String id, @Valid @NotNull DeclineRequest body) {
        return desk.answer(Viewer.of(user), id, false, body.reason());
    }

    @POST
    @Path("/{id}/delivery")
    @RolesAllowed(Role.PARTNER_ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that the accepted service was provided: what, and on which day; the referral is then done")
    @APIResponse(responseCode = "200", description = "Delivered")
    @APIResponse(responseCode = "400", description = "No date or description, or a date before acceptance or in the future")
    @APIResponse(responseCode = "404", description = "No such referral for this organisation")
    @APIResponse(responseCode = "409", description = "Not accepted, or already delivered or overdue")
    public ReferralView deliver(@PathParam("id") String id, @Valid @NotNull DeliveryRequest body) {
        return desk.deliver(Viewer.of(user), id, body.deliveredOn(), body.what());
    }
}
