package id.satuatap.casework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An offer of a case to one partner for one service; the partner accepts or declines it within the SLA. */
@Entity
@Table(name = "referral", indexes = {
        @Index(name = "ix_referral_case", columnList = "case_id"),
        @Index(name = "ix_referral_partner", columnList = "partner_code, status")})
public class Referral extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id = UUID.randomUUID().toString();

    @Column(name = "case_id", nullable = false, length = 36)
    public String caseId;

    /** What the partner is asked to do (a {@code ServiceKind}). */
    @Column(nullable = false, length = 32)
    public String service;

    @Column(name = "partner_code", nullable = false, length = 32)
    public String partnerCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ReferralStatus status = ReferralStatus.OFFERED;

    @Column(name = "offered_at", nullable = false)
    public Instant offeredAt;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "answered_by", length = 64)
    public String answeredBy;

    @Column(name = "decline_reason", length = 1000)
    public String declineReason;

    /** By when an accepted referral must be delivered. */
    @Column(name = "delivery_due_at")
    public Instant deliveryDueAt;

    /** The day the partner says it provided the service. */
    @Column(name = "delivered_on")
    public LocalDate deliveredOn;

    /** What was provided, in the partner's words. */
    @Column(name = "delivered_what", length = 1000)
    public String deliveredWhat;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "delivered_by", length = 64)
    public String deliveredBy;

    /** The referral chain (partner-referral process) this offer belongs to. */
    @Column(name = "process_instance_id", nullable = false, length = 64)
    public String processInstanceId;
}
