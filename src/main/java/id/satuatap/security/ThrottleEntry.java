package id.satuatap.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Recent failures (or sign-ups) of one account or client address; the key is a digest, never a phone or IP. */
@Entity
@Table(name = "sign_in_throttle")
public class ThrottleEntry extends PanacheEntityBase {

    @Id
    @Column(name = "throttle_key", length = 64)
    public String key;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "window_started_at", nullable = false)
    public Instant windowStartedAt;

    @Column(name = "blocked_until")
    public Instant blockedUntil;
}
