package id.satuatap.web;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import org.hibernate.Length;

import java.time.Instant;

/** The first response to a creating POST, kept so a retry with the same Idempotency-Key gets it again. */
@Entity
@Table(name = "idempotency_record", indexes = @Index(name = "ix_idempotency_created", columnList = "created_at"))
public class IdempotencyRecord extends PanacheEntityBase {

    /** Account name and client key: keys of different users never collide. */
    @Id
    @Column(length = 330)
    public String id;

    @Column(name = "request_hash", nullable = false, length = 64)
    public String requestHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /**
     * Always true now that a key commits only together with its request's answer. The column stays: embedded data
     * dirs are kept up to date by Hibernate's schema update, which cannot drop a NOT NULL column.
     */
    public boolean completed = true;

    public int status;

    @Column(name = "content_type", length = 100)
    public String contentType;

    @Column(length = 500)
    public String location;

    @Column(name = "response_body", length = Length.LONG32)
    public String responseBody;
}
