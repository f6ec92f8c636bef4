package id.satuatap.notification;

import id.satuatap.i18n.Messages;
import id.satuatap.problem.ApiException;
import id.satuatap.security.CurrentUser;
import id.satuatap.security.Role;
import id.satuatap.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/me")
@Tag(name = "Mobile app")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.WORKER_ROLE)
@APIResponse(responseCode = "401", description = "No or invalid credentials")
@APIResponse(responseCode = "403", description = "Not a worker account")
public class MeResource {

    @Inject WorkerEvents events;
    @Inject CurrentUser user;

    /** A feed page: {@code nextCursor} is where to continue, also when nothing new has come yet. */
    public record EventFeed(List<WorkerEvents.EventView> items, String nextCursor) {
    }

    @GET
    @Path("/events")
    @Operation(summary = "What changed for the signed-in worker since a cursor",
            description = "Status changes, rejected documents with reasons, tasks for the worker and case updates, "
                    + "oldest first, in the language of Accept-Language. Poll with the returned nextCursor.")
    @APIResponse(responseCode = "200", description = "Events after the cursor")
    @APIResponse(responseCode = "400", description = "Bad limit or cursor")
    public EventFeed events(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit,
                            HttpHeaders headers) {
        PageRequest page = PageRequest.of(limit, cursor);
        long after = parse(page.cursorValue());
        String workerId = user.workerId().orElse(null);
        if (workerId == null) {
            return new EventFeed(List.of(), page.encode(String.valueOf(after)));
        }
        var items = events.after(workerId, after, page.limit() + 1, Messages.pick(headers.getAcceptableLanguages()));
        var shown = items.size() > page.limit() ? items.subList(0, page.limit()) : items;
        long last = shown.isEmpty() ? after : shown.get(shown.size() - 1).id();
        return new EventFeed(List.copyOf(shown), page.encode(String.valueOf(last)));
    }

    private static long parse(String cursor) {
        if (cursor == null) {
            return 0;
        }
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw ApiException.invalid("cursor", "is not a cursor this feed gave out");
        }
    }
}
