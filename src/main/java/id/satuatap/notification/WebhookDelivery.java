package id.satuatap.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import org.hibernate.Length;

import java.time.Instant;
import java.util.UUID;

/** One event for one webhook, with its attempts: the delivery log a partner can read. */
@Entity
@Table(name = "webhook_delivery", indexes = {
        @Index(name = "ix_delivery_due", columnList = "status, next_attempt_at"),
        @Index(name = "ix_delivery_webhook", columnList = "webhook_id, created_at")})
public class WebhookDelivery extends PanacheEntityBase {

    public enum Status { PENDING, DELIVERED, FAILED }

    @Id
    @Column(length = 36)
    public String id = UUID.randomUUID().toString();

    @Column(name = "webhook_id", nullable = false, length = 36)
    public String webhookId;

    @Column(name = "event_type", nullable = false, length = 48)
    public String eventType;

    @Column(nullable = false, length = Length.LONG32)
    public String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public Status status = Status.PENDING;

    public int attempts;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    /** A node working on this delivery holds it until then, so two nodes never send it at once. */
    @Column(name = "locked_until")
    public Instant lockedUntil;

    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "last_error", length = 300)
    public String lastError;

    @Column(name = "delivered_at")
    public Instant deliveredAt;
}
