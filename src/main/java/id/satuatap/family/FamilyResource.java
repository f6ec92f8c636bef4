package id.satuatap.family;

import id.satuatap.casework.CaseFiles;
import id.satuatap.i18n.Messages;
import id.satuatap.notification.WorkerEvents;
import id.satuatap.notification.WorkerEvents.EventView;
import id.satuatap.problem.ApiException;
import id.satuatap.security.CurrentUser;
import id.satuatap.security.Role;
import id.satuatap.web.PageRequest;
import id.satuatap.worker.FamilyLinks;
import id.satuatap.worker.FamilyLinks.LinkView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Set;

/** A family member's side: the workers they are linked to, and the news of the cases they filed for them. */
@Path("/api/v1/family-links")
@Tag(name = "Families")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.WORKER_ROLE)
@APIResponse(responseCode = "401", description = "No or invalid credentials")
@APIResponse(responseCode = "403", description = "Not a mobile-app account")
public class FamilyResource {

    @Inject FamilyLinks links;
    @Inject WorkerEvents events;
    @Inject CaseFiles cases;
    @Inject CurrentUser user;

    /** A feed page: {@code nextCursor} is where to continue, also when nothing new has come yet. */
    public record EventFeed(List<EventView> items, String nextCursor) {
    }

    @GET
    @Operation(summary = "The workers the signed-in account is linked to as family")
    @APIResponse(responseCode = "200", description = "The links")
    public List<LinkView> mine() {
        return links.mine(user);
    }

    @GET
    @Path("/{linkId}/events")
    @Operation(summary = "The linked worker's events about the cases this account filed for them, oldest first",
            description = "Poll with the returned nextCursor; a page can hold fewer items than the limit.")
    @APIResponse(responseCode = "200", description = "Events after the cursor")
    @APIResponse(responseCode = "400", description = "Bad limit or cursor")
    @APIResponse(responseCode = "404", description = "Not a link of this account")
    public EventFeed events(@PathParam("linkId") String linkId, @QueryParam("cursor") String cursor,
                            @QueryParam("limit") Integer limit, HttpHeaders headers) {
        LinkView link = links.own(user, linkId);
        PageRequest page = PageRequest.of(limit, cursor);
        long after = parse(page.cursorValue());
        Set<String> filed = cases.idsFiledBy(user.username(), link.workerId());
        List<EventView> read = events.after(link.workerId(), after, page.limit(), Messages.pick(headers.getAcceptableLanguages()));
        long last = read.isEmpty() ? after : read.get(read.size() - 1).id();
        List<EventView> shown = read.stream()
                .filter(e -> "CASE".equals(e.subjectType()) && filed.contains(e.subjectId())).toList();
        return new EventFeed(shown, page.encode(String.valueOf(last)));
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
