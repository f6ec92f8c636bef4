package id.satuatap.predeparture;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One outcome on an application's timeline: codes and ids, turned into words when read. */
@Entity
@Table(name = "pd_timeline_entry", indexes = {@Index(name = "ix_pd_timeline_application", columnList = "application_id, at"),
        @Index(name = "ix_pd_timeline_event", columnList = "event, at")})
@EntityListeners(ApplicationViewListener.class)
public class TimelineEntry extends PanacheEntityBase implements ShownInApplicationView {

    @Id
    @Column(length = 36)
    public String id = UUID.randomUUID().toString();

    @Column(name = "application_id", nullable = false, length = 36)
    public String applicationId;

    @Override
    public String shownInApplication() {
        return applicationId;
    }

    @Column(nullable = false)
    public Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public TimelineEvent event;

    /** The document type or the process step (task key) the entry is about. */
    @Column(length = 64)
    public String subject;

    @Column(name = "document_id", length = 36)
    public String documentId;

    @Column(length = 32)
    public String desk;

    /** Username of the staff member or worker who caused it; null for the engine's own steps. */
    @Column(length = 64)
    public String actor;

    /** A desk's reason for a rejection, written for the worker. */
    @Column(length = 500)
    public String reason;

    /** The entry as read for a view, without an entity per row: phones poll the timeline of running applications. */
    public record Row(Instant at, TimelineEvent event, String subject, String documentId, String desk, String actor,
                      String reason) {
    }

    public static List<Row> of(String applicationId) {
        return find("applicationId = ?1 order by at, id", applicationId).project(Row.class).list();
    }
}
