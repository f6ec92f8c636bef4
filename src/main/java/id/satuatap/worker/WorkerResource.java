package id.satuatap.worker;

import id.satuatap.audit.AuditLog;
import id.satuatap.problem.ApiException;
import id.satuatap.security.CurrentUser;
import id.satuatap.security.Role;
import id.satuatap.web.Page;
import id.satuatap.web.PageRequest;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

@Path("/api/v1/workers")
@Tag(name = "Workers")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No or invalid credentials")
public class WorkerResource {

    @Inject WorkerRegistry registry;
    @Inject WorkerSearch search;
    @Inject WorkerAccess access;
    @Inject CurrentUser user;
    @Inject AuditLog audit;
    @Inject ClaimCodes claimCodes;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a worker (CPMI)",
            description = "LTSA staff only, having seen the person's identity documents. The NIK must be valid and "
                    + "encode the declared date of birth and sex. The answer is the receipt: it carries a one-time "
                    + "claim code that links the worker's phone account (POST /api/v1/me/claim).")
    @APIResponse(responseCode = "201", description = "Registered; the receipt with its claim code",
            content = @Content(schema = @Schema(implementation = WorkerView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field, e.g. a NIK that does not match")
    @APIResponse(responseCode = "403", description = "Partners and worker accounts")
    @APIResponse(responseCode = "409", description = "A worker with this NIK exists; workerId in the body names it",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = DuplicateNikMapper.DuplicateWorkerProblem.class)))
    public Response register(@Valid @NotNull WorkerRequest request, @Context UriInfo uri) {
        if (!access.mayRegister(user)) {
            throw ApiException.forbidden("This account may not register workers");
        }
        Worker worker = registry.register(request, user.username());
        ClaimCodeView claimCode = claimCodes.issue(worker.id, user.username());
        return Response.created(uri.getAbsolutePathBuilder().path(worker.id).build())
                .entity(WorkerView.receipt(worker, claimCode))
                .tag(new EntityTag(String.valueOf(worker.version))).build();
    }

    @GET
    @Operation(summary = "Find workers (desks)",
            description = "By NIK, name (case-insensitive prefix), phone or birth date; the criteria given are combined. "
                    + "At least one is needed.")
    @APIResponse(responseCode = "200", description = "One page of workers, by name")
    @APIResponse(responseCode = "400", description = "No criterion, or a bad birthDate, limit or cursor")
    @APIResponse(responseCode = "403", description = "Only LTSA staff search the register")
    public Page<WorkerListItem> search(@QueryParam("nik") String nik, @QueryParam("name") String name,
                                       @QueryParam("phone") String phone, @QueryParam("birthDate") String birthDate,
                                       @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        if (!access.maySearch(user)) {
            throw ApiException.forbidden("Only LTSA staff search the worker register");
        }
        Page<Worker> page = search.find(new WorkerSearch.Criteria(nik, name, phone, date(birthDate)),
                PageRequest.of(limit, cursor), user.username());
        return new Page<>(page.items().stream().map(WorkerListItem::of).toList(), page.nextCursor());
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("birthDate", "must be a date YYYY-MM-DD");
        }
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A worker's profile (staff, or the worker themself)")
    @APIResponse(responseCode = "200", description = "The worker",
            content = @Content(schema = @Schema(implementation = WorkerView.class)))
    @APIResponse(responseCode = "404", description = "No such worker for this caller")
    public Response get(@PathParam("id") String id) {
        if (!access.mayRead(user, id)) {
            throw ApiException.notFound("No worker " + id);
        }
        Worker worker = Worker.<Worker>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("No worker " + id));
        if (!user.is(Role.WORKER)) {
            audit.record(user.username(), "WORKER_READ", "WORKER", id, null);
        }
        return Response.ok(WorkerView.of(worker)).tag(new EntityTag(String.valueOf(worker.version))).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update a worker's profile",
            description = "Requires If-Match with the ETag from GET. NIK, sex and date of birth cannot change here.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = WorkerView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field")
    @APIResponse(responseCode = "404", description = "No such worker for this caller")
    @APIResponse(responseCode = "409", description = "Stale If-Match")
    @APIResponse(responseCode = "422", description = "An identity field would change")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("id") String id, @Valid @NotNull WorkerRequest request,
                           @HeaderParam("If-Match") String ifMatch) {
        if (!access.mayUpdate(user, id)) {
            throw ApiException.notFound("No worker " + id);
        }
        Worker worker = registry.update(id, request, ifMatch, user.username());
        return Response.ok(WorkerView.of(worker)).tag(new EntityTag(String.valueOf(worker.version))).build();
    }
}
