package id.satuatap.casework;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Writes and reads the steps of a case's timeline. */
@ApplicationScoped
public class CaseTimeline {

    public static final String SYSTEM = "system";

    public void record(String caseId, TimelineStep step, String actor, String detail) {
        var event = new CaseEvent();
        event.caseId = caseId;
        event.seq = (int) CaseEvent.count("caseId", caseId) + 1;
        event.at = CaseClock.now();
        event.step = step;
        event.actor = actor == null ? SYSTEM : actor;
        event.detail = detail;
        event.persist();
    }

    public List<CaseEvent> of(String caseId) {
        return CaseEvent.list("caseId = ?1 order by seq", caseId);
    }
}
