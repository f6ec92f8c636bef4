package id.satuatap.predeparture;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import org.hibernate.annotations.ColumnDefault;

import java.time.Instant;
import java.util.UUID;

/** A CPMI's application for placement abroad, from registration to the ID PMI. Refused ones are kept too. */
@Entity
@Table(name = "pd_application", indexes = {
        @Index(name = "ix_pd_application_worker", columnList = "worker_id, created_at"),
        @Index(name = "ix_pd_application_process", columnList = "process_instance_id")})
@EntityListeners(ApplicationViewListener.class)
public class Application extends PanacheEntityBase implements ShownInApplicationView {

    @Id
    @Column(length = 36)
    public String id = UUID.randomUUID().toString();

    @Column(name = "worker_id", nullable = false, length = 36)
    public String workerId;

    /** ISO 3166 alpha-2. */
    @Column(name = "destination_country", nullable = false, length = 2)
    public String destinationCountry;

    @Column(nullable = false, length = 48)
    public String sector;

    @Column(name = "job_title", nullable = false, length = 150)
    public String jobTitle;

    @Column(name = "employer_name", nullable = false, length = 200)
    public String employerName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public PlacementScheme scheme;

    @Column(name = "placement_agency_license", length = 64)
    public String placementAgencyLicense;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public ApplicationStatus status;

    /** Who accompanied or sponsored the person, when the desk recorded it. */
    @Column(name = "sponsor_name", length = 150)
    public String sponsorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "sponsor_relation", length = 16)
    public Sponsor.Relation sponsorRelation;

    @Column(name = "sponsor_phone", length = 20)
    public String sponsorPhone;

    @Column(name = "sponsor_agency_license", length = 64)
    public String sponsorAgencyLicense;

    @Column(name = "age_at_application", nullable = false)
    public int ageAtApplication;

    /** Code of the eligibility row or process step that refused the application. */
    @Column(name = "refusal_reason", length = 48)
    public String refusalReason;

    @Column(name = "minimum_age")
    public Integer minimumAge;

    @Column(name = "process_instance_id", length = 64)
    public String processInstanceId;

    @Column(name = "id_pmi_number", length = 32)
    public String idPmiNumber;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    /**
     * Moves with every change to what the application's status view shows ({@link ApplicationViewVersions});
     * only the database increments it, so Hibernate never writes back a value it read earlier.
     */
    @ColumnDefault("0")
    @Column(name = "view_version", nullable = false, insertable = false, updatable = false)
    public long viewVersion;

    @Override
    public String shownInApplication() {
        return id;
    }

    public Sponsor sponsor() {
        return sponsorName == null ? null : new Sponsor(sponsorName, sponsorRelation, sponsorPhone, sponsorAgencyLicense);
    }

    public void close(ApplicationStatus outcome) {
        status = outcome;
        closedAt = Instant.now();
    }
}
