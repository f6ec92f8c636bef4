package id.satuatap.worker;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A prospective (CPMI) or current migrant worker (PMI) as registered at the LTSA. */
@Entity
@Table(name = "worker")
public class Worker extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id = UUID.randomUUID().toString();

    @Column(nullable = false, unique = true, length = 16)
    public String nik;

    @Column(name = "full_name", nullable = false, length = 150)
    public String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Sex sex;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Column(name = "birth_place", length = 100)
    public String birthPlace;

    @Enumerated(EnumType.STRING)
    @Column(name = "marital_status", nullable = false, length = 16)
    public MaritalStatus maritalStatus;

    @Embedded
    public Address address = new Address();

    @Column(length = 20)
    public String phone;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "worker_family_member", joinColumns = @JoinColumn(name = "worker_id"))
    @OrderColumn(name = "position")
    public List<FamilyMember> familyMembers = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Version
    public long version;

    public static Optional<Worker> findByNik(String nik) {
        return find("nik", nik).firstResultOptional();
    }
}
