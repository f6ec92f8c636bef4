package id.satuatap.partner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** An organisation cases are referred to. Its code is also the BPMN candidate group of its staff. */
@Entity
@Table(name = "partner")
public class Partner extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id = UUID.randomUUID().toString();

    @Column(nullable = false, unique = true, length = 32)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public PartnerType type;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_service", joinColumns = @JoinColumn(name = "partner_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "service", length = 32)
    public Set<ServiceKind> services = new HashSet<>();

    /** Regencies (4-digit BPS codes) whose people it serves. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_regency", joinColumns = @JoinColumn(name = "partner_id"))
    @Column(name = "regency_code", length = 4)
    public Set<String> regencyCodes = new HashSet<>();

    /** Destination countries (ISO 3166 alpha-2) it works in. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_country", joinColumns = @JoinColumn(name = "partner_id"))
    @Column(name = "country", length = 2)
    public Set<String> countries = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_language", joinColumns = @JoinColumn(name = "partner_id"))
    @Column(name = "language", length = 8)
    public Set<String> languages = new HashSet<>();

    /**
     * Organisations it is tied to (a P3MI licence, an employer's code): it is never chosen for a case
     * complaining about one of them.
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_affiliation", joinColumns = @JoinColumn(name = "partner_id"))
    @Column(name = "organisation", length = 64)
    public Set<String> affiliations = new HashSet<>();

    /** Open referrals (offered or accepted, case not closed) it can carry at once. */
    public int capacity;

    public boolean active = true;

    @Version
    public long version;

    public static Optional<Partner> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
