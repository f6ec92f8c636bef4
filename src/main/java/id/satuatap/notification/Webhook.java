package id.satuatap.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;
import java.util.UUID;

/** A partner's or agency's endpoint that wants the events of its referrals pushed to it. */
@Entity
@Table(name = "webhook", indexes = @Index(name = "ix_webhook_partner", columnList = "partner_code"))
public class Webhook extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id = UUID.randomUUID().toString();

    @Column(name = "partner_code", nullable = false, length = 32)
    public String partnerCode;

    @Column(nullable = false, length = 500)
    public String url;

    /** HMAC-SHA256 key shared with the receiver; shown once, at registration. */
    @Column(nullable = false, length = 64)
    public String secret;

    public boolean active = true;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
