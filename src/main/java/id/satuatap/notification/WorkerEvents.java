package id.satuatap.notification;

import id.satuatap.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Publishes events to a worker's feed, in the caller's transaction, and reads the feed back. */
@ApplicationScoped
public class WorkerEvents {

    private static final String SEPARATOR = "\u001f";

    public record EventView(long id, String type, String subjectType, String subjectId, String text, Instant at) {
    }

    /**
     * @param messageKey a key of {@code i18n/messages*.properties}; the arguments fill its {0}, {1}, …
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void publish(String workerId, String type, String subjectType, String subjectId, String messageKey,
                        Object... args) {
        var event = new WorkerEvent();
        event.workerId = workerId;
        event.type = type;
        event.subjectType = subjectType;
        event.subjectId = subjectId;
        event.messageKey = messageKey;
        event.messageArgs = Arrays.stream(args).map(String::valueOf).collect(Collectors.joining(SEPARATOR));
        event.at = Instant.now();
        event.persist();
    }

    /** Events after the given feed position, oldest first. */
    public List<EventView> after(String workerId, long afterSeq, int limit, Locale locale) {
        return WorkerEvent.<WorkerEvent>find("workerId = ?1 and seq > ?2 order by seq", workerId, afterSeq)
                .range(0, limit - 1).list().stream()
                .map(e -> new EventView(e.seq, e.type, e.subjectType, e.subjectId,
                        Messages.text(locale, e.messageKey, args(e)), e.at))
                .toList();
    }

    private static Object[] args(WorkerEvent event) {
        return event.messageArgs == null || event.messageArgs.isEmpty() ? new Object[0]
                : event.messageArgs.split(SEPARATOR, -1);
    }
}
