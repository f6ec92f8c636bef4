package id.satuatap.casework;

import id.satuatap.worker.Sex;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A complaint (pengaduan) and everything the LTSA and its partners do about it. */
@Entity
@Table(name = "case_record", indexes = {
        @Index(name = "ix_case_worker", columnList = "worker_id"),
        @Index(name = "ix_case_status", columnList = "status, created_at")})
public class CaseRecord extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id = UUID.randomUUID().toString();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public CaseStatus status = CaseStatus.OPEN;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "reporter_type", nullable = false, length = 16)
    public ReporterType reporterType;

    @Column(name = "reporter_name", length = 200)
    public String reporterName;

    @Column(name = "reporter_phone", length = 32)
    public String reporterPhone;

    /** The account that filed it; {@code system} for cases opened by a check of this system. */
    @Column(name = "reported_by", nullable = false, length = 64)
    public String reportedBy;

    /** The partner whose staff filed it, if any. */
    @Column(name = "reporting_organisation", length = 32)
    public String reportingOrganisation;

    /** The registered worker, when known. */
    @Column(name = "worker_id", length = 36)
    public String workerId;

    /** The person as reported, for someone not (yet) registered, or as the registry knows them. */
    @Column(name = "person_name", length = 200)
    public String personName;

    @Column(name = "person_nik", length = 16)
    public String personNik;

    @Enumerated(EnumType.STRING)
    @Column(name = "person_sex", length = 8)
    public Sex personSex;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Stage stage;

    /** Destination country (ISO 3166 alpha-2). */
    @Column(length = 2)
    public String country;

    /** Home regency (BPS code) of the person. */
    @Column(name = "regency_code", length = 4)
    public String regencyCode;

    /** Kemendagri village code (10 digits) the person comes from, when known. */
    @Column(name = "village_code", length = 10)
    public String villageCode;

    @Column(length = 8)
    public String language;

    /** Who accompanied or sponsored the person at the LTSA (family, recruiter, broker), from the application. */
    @Column(name = "sponsor_name", length = 150)
    public String sponsorName;

    @Column(name = "sponsor_relation", length = 16)
    public String sponsorRelation;

    @Column(name = "sponsor_phone", length = 20)
    public String sponsorPhone;

    @Column(name = "sponsor_agency_license", length = 64)
    public String sponsorAgencyLicense;

    /** The organisation complained about (a P3MI licence, an employer): its affiliates may not handle the case. */
    @Column(length = 64)
    public String respondent;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    public CaseCategory category;

    public boolean urgent;

    /** Trafficking (TPPO) indicators found at triage or by a pre-departure check. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_indicator", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "indicator", length = 48)
    public Set<String> traffickingIndicators = new HashSet<>();

    @Column(length = 4000)
    public String description;

    @Column(name = "share_with_partners", nullable = false)
    public boolean shareWithPartners;

    @Column(name = "share_with_authorities", nullable = false)
    public boolean shareWithAuthorities;

    /** Partners and agencies that were brought in (referred or alerted): they may see the case. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_organisation", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "organisation", length = 32)
    public Set<String> involvedOrganisations = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    public Outcome outcome;

    /** Amount recovered in rupiah, for WAGES_RECOVERED. */
    @Column(name = "wages_recovered")
    public Long wagesRecovered;

    /** The pre-departure application whose red flag opened this case. */
    @Column(name = "source_application_id", length = 36)
    public String sourceApplicationId;

    /** The community tip whose verification opened this case. */
    @Column(name = "source_tip_id", length = 36)
    public String sourceTipId;

    @Column(name = "process_instance_id", length = 64)
    public String processInstanceId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "closed_at")
    public Instant closedAt;
}
