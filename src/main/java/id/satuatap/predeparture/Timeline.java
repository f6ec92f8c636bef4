package id.satuatap.predeparture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;

/** Appends to an application's timeline, in the caller's transaction so an outcome never commits without it. */
@ApplicationScoped
public class Timeline {

    /** What an entry is about; every part is optional. */
    public record Detail(String subject, String documentId, String desk, String actor, String reason) {
        public static final Detail NONE = new Detail(null, null, null, null, null);

        public static Detail subject(String subject) {
            return new Detail(subject, null, null, null, null);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String applicationId, TimelineEvent event, Detail detail) {
        var entry = new TimelineEntry();
        entry.applicationId = applicationId;
        entry.at = Instant.now();
        entry.event = event;
        entry.subject = detail.subject();
        entry.documentId = detail.documentId();
        entry.desk = detail.desk();
        entry.actor = detail.actor();
        entry.reason = detail.reason();
        entry.persist();
    }
}
