package id.satuatap.casework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;
import java.util.UUID;

/** One step in a case's timeline: what happened, who did it, when. */
@Entity
@Table(name = "case_event", indexes = @Index(name = "ix_case_event_case", columnList = "case_id, seq"))
public class CaseEvent extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id = UUID.randomUUID().toString();

    @Column(name = "case_id", nullable = false, length = 36)
    public String caseId;

    /** Order within the case; steps of one transaction can share an instant. */
    @Column(nullable = false)
    public int seq;

    @Column(nullable = false)
    public Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public TimelineStep step;

    /** Account that did it, or {@code system} for timers and automatic steps. */
    @Column(nullable = false, length = 64)
    public String actor;

    /** Codes and ids that explain the step (a category, a partner code, a referral id); no free text. */
    @Column(length = 500)
    public String detail;
}
