package id.satuatap.outreach;

import id.satuatap.outreach.OutreachAccess.Caller;
import id.satuatap.problem.ApiException;
import id.satuatap.region.RegionLevel;
import id.satuatap.region.Regions;
import id.satuatap.security.Role;
import id.satuatap.web.ETags;
import id.satuatap.web.Page;
import id.satuatap.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Recording, changing and listing village outreach sessions. */
@ApplicationScoped
public class OutreachSessions {

    @Inject Regions regions;

    @Transactional
    public OutreachView record(Caller caller, OutreachRequest request) {
        var session = new OutreachSession();
        session.holder = OutreachAccess.holderFor(caller, request.holder());
        session.holderType = caller.role() == Role.PARTNER ? OutreachSession.HolderType.PARTNER : OutreachSession.HolderType.DESK;
        session.recordedBy = caller.username();
        session.recordedAt = Instant.now();
        copy(request, session);
        session.persist();
        return OutreachView.of(session);
    }

    @Transactional
    public OutreachView update(Caller caller, String id, OutreachRequest request, String ifMatch) {
        OutreachSession session = OutreachSession.<OutreachSession>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("No outreach session " + id));
        OutreachAccess.checkEdit(caller, session, request.holder());
        ETags.requireMatch(ifMatch, session.version);
        copy(request, session);
        OutreachSession.getEntityManager().flush();
        return OutreachView.of(session);
    }

    public OutreachView read(Caller caller, String id) {
        return OutreachSession.<OutreachSession>findByIdOptional(id).filter(s -> OutreachAccess.maySee(caller, s))
                .map(OutreachView::of).orElseThrow(() -> ApiException.notFound("No outreach session " + id));
    }

    /** Newest first; the coordinator's list covers every holder, a desk's or partner's only its own. */
    public Page<OutreachView> list(Caller caller, String area, LocalDate from, LocalDate to, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!OutreachAccess.seesAll(caller)) {
            if (caller.groups().isEmpty()) {
                return new Page<>(List.of(), null);
            }
            where.add("holder in :holders");
            params.put("holders", caller.groups());
        }
        if (area != null) {
            where.add("villageCode like :area");
            params.put("area", regions.require("region", area) + "%");
        }
        if (from != null) {
            where.add("heldOn >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.add("heldOn <= :to");
            params.put("to", to);
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by heldOn desc, id desc";
        List<OutreachSession> rows = OutreachSession.<OutreachSession>find(query, params)
                .range(page.offset(), page.offset() + page.limit()).list();
        return page.offsetPage(rows.stream().map(OutreachView::of).toList());
    }

    private void copy(OutreachRequest request, OutreachSession session) {
        session.villageCode = regions.require("villageCode", request.villageCode(), RegionLevel.VILLAGE);
        session.heldOn = request.heldOn();
        session.topics.clear();
        session.topics.addAll(request.topics());
        session.attendanceFemale = request.attendance().female();
        session.attendanceMale = request.attendance().male();
        session.notes = request.notes() == null ? null : request.notes().trim();
    }
}
