package id.satuatap.predeparture;

import id.satuatap.notification.WorkerEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** Appends to an application's timeline, in the caller's transaction so an outcome never commits without it. */
@ApplicationScoped
public class Timeline {

    /**
     * What the worker's phone hears about. A red flag reads as a neutral "visit the desk": a broker may hold
     * the phone, and must not learn that the forgery was noticed.
     */
    private static final Set<TimelineEvent> TOLD_TO_WORKER = EnumSet.of(TimelineEvent.SUBMITTED, TimelineEvent.REFUSED,
            TimelineEvent.DOCUMENT_VERIFIED, TimelineEvent.DOCUMENT_REJECTED, TimelineEvent.RED_FLAG_RAISED,
            TimelineEvent.LAPSED, TimelineEvent.DOCUMENT_EXPIRES_BEFORE_DEPARTURE, TimelineEvent.ID_PMI_ISSUED);

    @Inject WorkerEvents workerEvents;

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
        if (TOLD_TO_WORKER.contains(event)) {
            Application application = Application.findById(applicationId);
            workerEvents.publish(application.workerId, event == TimelineEvent.DOCUMENT_REJECTED ? "DOCUMENT_REJECTED"
                            : "APPLICATION_UPDATED", "APPLICATION", applicationId,
                    "event.application." + event.name(), detail.subject() == null ? "" : detail.subject(),
                    detail.reason() == null || event == TimelineEvent.RED_FLAG_RAISED ? "" : detail.reason());
        }
    }
}
