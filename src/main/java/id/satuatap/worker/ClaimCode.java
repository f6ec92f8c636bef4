package id.satuatap.worker;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A one-time code a desk handed a worker to link their phone account; only its SHA-256 is kept. */
@Entity
@Table(name = "worker_claim_code")
public class ClaimCode extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id = UUID.randomUUID().toString();

    @Column(name = "worker_id", nullable = false, length = 36)
    public String workerId;

    @Column(name = "code_hash", nullable = false, unique = true, length = 64)
    public String codeHash;

    @Column(name = "issued_by", nullable = false, length = 64)
    public String issuedBy;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;
}
