package id.satuatap.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A person who signs in: desk staff, coordinator, admin, partner staff or a worker. */
@Entity
@Table(name = "account")
public class Account extends PanacheEntityBase {

    @Id
    public String id = UUID.randomUUID().toString();

    @Column(nullable = false, unique = true, length = 64)
    public String username;

    @Column(name = "password_hash", nullable = false, length = 200)
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Role role;

    /** Desk or partner codes; these are the BPMN candidate groups the account works for. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_group", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "group_code", length = 32)
    public Set<String> groups = new HashSet<>();

    /** The worker record a worker account speaks for; set only by a desk (see {@link Accounts}). */
    @Column(name = "worker_id", length = 36, unique = true)
    public String workerId;

    public boolean enabled = true;

    public static Optional<Account> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
