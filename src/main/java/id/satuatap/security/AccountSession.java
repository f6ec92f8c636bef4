package id.satuatap.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A signed-in device: the family of refresh tokens that came from one password sign-in. */
@Entity
@Table(name = "account_session")
public class AccountSession extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id = UUID.randomUUID().toString();

    @Column(nullable = false, length = 64)
    public String username;

    /** What the app called the device, for the list a worker revokes from. */
    @Column(length = 100)
    public String device;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_used_at", nullable = false)
    public Instant lastUsedAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** Who ended it: the account itself, a desk, or {@code reuse} when a rotated refresh token came back. */
    @Column(name = "revoked_by", length = 64)
    public String revokedBy;
}
