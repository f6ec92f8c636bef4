package id.satuatap.tip;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;
import java.util.UUID;

/**
 * A community tip (laporan masyarakat) about a broker, a recruiter or an illegal departure, with no named victim.
 * Who filed it ({@link #filedBy}, {@link #contact}) is kept from partners when it was filed anonymously.
 */
@Entity
@Table(name = "tip", indexes = {
        @Index(name = "ix_tip_filed", columnList = "filed_at"),
        @Index(name = "ix_tip_agency", columnList = "placement_agency_license")})
public class Tip extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id = UUID.randomUUID().toString();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public TipStatus status = TipStatus.RECEIVED;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public TipChannel channel;

    /** What was seen. */
    @Column(nullable = false, length = 4000)
    public String description;

    /** Kemendagri village code (10 digits) where it happened, when known. */
    @Column(name = "village_code", length = 10)
    public String villageCode;

    @Column(name = "regency_code", length = 4)
    public String regencyCode;

    /** The recruiter, broker or sponsor as the reporter named them. */
    @Column(name = "recruiter_name", length = 200)
    public String recruiterName;

    /** The P3MI the tip is about, by licence number. */
    @Column(name = "placement_agency_license", length = 64)
    public String placementAgencyLicense;

    public boolean anonymous;

    /** The account that filed it; null when nobody was signed in. */
    @Column(name = "filed_by", length = 64)
    public String filedBy;

    /** The desk or partner whose staff filed it. */
    @Column(name = "filing_organisation", length = 32)
    public String filingOrganisation;

    /** How to reach the reporter, if they left a way. */
    @Column(length = 200)
    public String contact;

    @Column(name = "filed_at", nullable = false)
    public Instant filedAt;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    /** The verification SLA passed and the coordinator was brought in. */
    public boolean escalated;

    @Column(name = "verified_by", length = 64)
    public String verifiedBy;

    @Column(name = "verified_at")
    public Instant verifiedAt;

    @Column(length = 2000)
    public String finding;

    /** The case it opened or was attached to. */
    @Column(name = "case_id", length = 36)
    public String caseId;

    @Column(name = "process_instance_id", length = 64)
    public String processInstanceId;
}
