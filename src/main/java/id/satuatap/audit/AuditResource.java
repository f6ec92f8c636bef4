package id.satuatap.audit;

import id.satuatap.security.Role;
import id.satuatap.web.Page;
import id.satuatap.web.PageRequest;
import io.quarkus.panache.common.Parameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Path("/api/v1/audit")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_ROLE, Role.COORDINATOR_ROLE})
@APIResponse(responseCode = "401", description = "No or invalid credentials")
@APIResponse(responseCode = "403", description = "Not admin or coordinator")
public class AuditResource {

    public record AuditView(String id, Instant at, String actor, String action, String subjectType, String subjectId,
                            String detail) {
    }

    @GET
    @Operation(summary = "Audit trail, newest first (admin, coordinator)")
    @APIResponse(responseCode = "200", description = "One page of entries")
    @APIResponse(responseCode = "400", description = "Bad limit or cursor")
    public Page<AuditView> list(@QueryParam("subjectType") String subjectType, @QueryParam("subjectId") String subjectId,
                                @QueryParam("actor") String actor, @QueryParam("action") String action,
                                @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (subjectType != null) { where.add("subjectType = :subjectType"); params.and("subjectType", subjectType); }
        if (subjectId != null) { where.add("subjectId = :subjectId"); params.and("subjectId", subjectId); }
        if (actor != null) { where.add("actor = :actor"); params.and("actor", actor); }
        if (action != null) { where.add("action = :action"); params.and("action", action); }
        // Ids are random, so the cursor is the (time, id) of the last row seen; newer rows never shift older pages.
        if (page.cursorValue() != null) {
            String[] last = page.cursorValue().split("\\|", 2);
            if (last.length != 2) {
                throw id.satuatap.problem.ApiException.invalid("cursor", "is not a cursor this list gave out");
            }
            where.add("(at < :lastAt or (at = :lastAt and id < :lastId))");
            params.and("lastAt", parseInstant(last[0])).and("lastId", last[1]);
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where)) + " order by at desc, id desc";
        List<AuditEntry> rows = AuditEntry.<AuditEntry>find(query.trim(), params).range(0, page.limit()).list();
        return page.keyPage(rows.stream().map(e -> new AuditView(e.id, e.at, e.actor, e.action, e.subjectType,
                e.subjectId, e.detail)).toList(), v -> v.at().toString() + "|" + v.id());
    }

    private static Instant parseInstant(String text) {
        return id.satuatap.web.TimeCursor.instant(text);
    }
}
