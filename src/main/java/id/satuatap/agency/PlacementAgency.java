package id.satuatap.agency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A licensed private placement agency (P3MI), as BP3MI and Disnaker keep it. */
@Entity
@Table(name = "placement_agency")
public class PlacementAgency extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id = UUID.randomUUID().toString();

    /** The licence number; what applications, tips and cases name the agency by. */
    @Column(name = "license_number", nullable = false, unique = true, length = 64)
    public String licenseNumber;

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public AgencyStatus status;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;

    /** Regencies (4-digit codes) where it has a branch office. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "placement_agency_branch", joinColumns = @JoinColumn(name = "agency_id"))
    @Column(name = "regency_code", length = 4)
    public Set<String> branchRegencyCodes = new HashSet<>();

    @Column(name = "updated_by", nullable = false, length = 64)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public static Optional<PlacementAgency> findByLicense(String licenseNumber) {
        return find("licenseNumber", licenseNumber).firstResultOptional();
    }
}
