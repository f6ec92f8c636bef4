package id.satuatap.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One refresh token of a session, stored as its SHA-256; usable once. */
@Entity
@Table(name = "refresh_token")
public class RefreshToken extends PanacheEntityBase {

    @Id
    @Column(name = "token_hash", length = 64)
    public String tokenHash;

    @Column(name = "session_id", nullable = false, length = 36)
    public String sessionId;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    @Column(name = "used_at")
    public Instant usedAt;
}
