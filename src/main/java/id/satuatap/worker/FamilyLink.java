package id.satuatap.worker;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;
import java.util.UUID;

/**
 * A family member's account linked to a worker's record, with the worker's consent or by a desk: the family member
 * then reads the record, files cases for the worker and follows those cases.
 */
@Entity
@Table(name = "family_link", indexes = {
        @Index(name = "ix_family_link_account", columnList = "account_username, worker_id"),
        @Index(name = "ix_family_link_worker", columnList = "worker_id")})
public class FamilyLink extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id = UUID.randomUUID().toString();

    @Column(name = "worker_id", nullable = false, length = 36)
    public String workerId;

    /** The family member's account (a mobile-app account). */
    @Column(name = "account_username", nullable = false, length = 64)
    public String accountUsername;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public FamilyRelation relation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Basis basis;

    @Column(name = "linked_by", nullable = false, length = 64)
    public String linkedBy;

    @Column(name = "linked_at", nullable = false)
    public Instant linkedAt;

    /** On what the link rests. */
    public enum Basis {
        /** The worker linked the family member from their own account. */
        WORKER_CONSENT,
        /** A desk linked them, e.g. with the worker's signed consent at the counter. */
        DESK
    }
}
