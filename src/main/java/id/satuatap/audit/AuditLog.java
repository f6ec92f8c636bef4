package id.satuatap.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * Writes audit entries. Reads of sensitive records (cases, survivors' details) and administrative actions
 * go through here, in the caller's transaction, so an action without its trace cannot commit.
 */
@ApplicationScoped
public class AuditLog {

    @Transactional(Transactional.TxType.REQUIRED)
    public void record(String actor, String action, String subjectType, String subjectId, String detail) {
        var entry = new AuditEntry();
        entry.at = Instant.now();
        entry.actor = actor;
        entry.action = action;
        entry.subjectType = subjectType;
        entry.subjectId = subjectId;
        entry.detail = detail;
        entry.persist();
    }
}
