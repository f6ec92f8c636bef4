package id.satuatap.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;

/**
 * Something a worker's phone should learn about: a status change, a rejected document, a task for the worker,
 * a case update. The text is stored as a message key with arguments and rendered in the reader's language.
 */
@Entity
@Table(name = "worker_event", indexes = @Index(name = "ix_worker_event_feed", columnList = "worker_id, seq"))
public class WorkerEvent extends PanacheEntityBase {

    /** Feed position: clients page with "after seq". */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "worker_id", nullable = false, length = 36)
    public String workerId;

    @Column(nullable = false, length = 48)
    public String type;

    @Column(name = "subject_type", length = 32)
    public String subjectType;

    @Column(name = "subject_id", length = 64)
    public String subjectId;

    @Column(name = "message_key", nullable = false, length = 100)
    public String messageKey;

    /** Message arguments, separated by the unit separator character (they are ids, codes and reasons). */
    @Column(name = "message_args", length = 2000)
    public String messageArgs;

    @Column(nullable = false)
    public Instant at;
}
