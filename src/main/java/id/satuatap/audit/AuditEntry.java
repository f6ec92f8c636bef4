package id.satuatap.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;
import java.util.UUID;

/** One trace of who did or read what, and when. Holds ids only, never personal data. */
@Entity
@Table(name = "audit_entry", indexes = {
        @Index(name = "ix_audit_subject", columnList = "subject_type, subject_id, at"),
        @Index(name = "ix_audit_actor", columnList = "actor, at")})
public class AuditEntry extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id = UUID.randomUUID().toString();

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false, length = 64)
    public String actor;

    @Column(nullable = false, length = 48)
    public String action;

    @Column(name = "subject_type", nullable = false, length = 48)
    public String subjectType;

    @Column(name = "subject_id", length = 64)
    public String subjectId;

    /** Ids and codes that explain the action (a definition id, a referral id); never names or NIKs. */
    @Column(length = 1000)
    public String detail;
}
