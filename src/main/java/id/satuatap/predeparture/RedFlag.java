package id.satuatap.predeparture;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Why an application was stopped as a possible trafficking case. The evidence names documents and fields that
 * disagree, never their values, so it can travel to partners and case handling without personal data.
 */
@Entity
@Table(name = "pd_red_flag", indexes = @Index(name = "ix_pd_red_flag_application", columnList = "application_id"))
@EntityListeners(ApplicationViewListener.class)
public class RedFlag extends PanacheEntityBase implements ShownInApplicationView {

    @Id
    @Column(length = 36)
    public String id = UUID.randomUUID().toString();

    @Column(name = "application_id", nullable = false, length = 36)
    public String applicationId;

    @Override
    public String shownInApplication() {
        return applicationId;
    }

    @Column(name = "raised_at", nullable = false)
    public Instant raisedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pd_red_flag_kind", joinColumns = @JoinColumn(name = "red_flag_id"))
    @Column(name = "kind", length = 40)
    @OrderColumn(name = "position")
    public List<String> kinds = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pd_red_flag_evidence", joinColumns = @JoinColumn(name = "red_flag_id"))
    @Column(name = "evidence", length = 500)
    @OrderColumn(name = "position")
    public List<String> evidence = new ArrayList<>();

    /** The desk user who raised it; null when the automatic checks or the eligibility table did. */
    @Column(name = "raised_by", length = 64)
    public String raisedBy;

    /** The desk's own words; staff only, as it may name people. */
    @Column(length = 500)
    public String reason;

    /** The document-verification instance that waits for the resolution; null when nothing waits. */
    @Column(name = "process_instance_id", length = 64)
    public String processInstanceId;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public Resolution resolution;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolved_by", length = 64)
    public String resolvedBy;

    @Column(name = "resolution_reason", length = 500)
    public String resolutionReason;

    /** How a coordinator settled a red flag. */
    public enum Resolution {
        /** The suspicion stands: the application stays stopped, the case goes on. */
        CONFIRMED,
        /** A mistake (a typo, a misread scan): the application resumes where it stopped. */
        UNFOUNDED
    }

    public static List<RedFlag> of(String applicationId) {
        return list("applicationId = ?1 order by raisedAt", applicationId);
    }
}
