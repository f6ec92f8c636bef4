package id.satuatap.outreach;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A socialisation (sosialisasi) session held in a village by an LTSA desk or an MRC partner. */
@Entity
@Table(name = "outreach_session", indexes = {
        @Index(name = "ix_outreach_holder", columnList = "holder, held_on"),
        @Index(name = "ix_outreach_village", columnList = "village_code")})
public class OutreachSession extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id = UUID.randomUUID().toString();

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    /** Kemendagri village code (10 digits). */
    @Column(name = "village_code", nullable = false, length = 10)
    public String villageCode;

    /** The desk group or partner code that held it; only its staff change the record. */
    @Column(nullable = false, length = 32)
    public String holder;

    @Enumerated(EnumType.STRING)
    @Column(name = "holder_type", nullable = false, length = 8)
    public HolderType holderType;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "outreach_topic", joinColumns = @JoinColumn(name = "session_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "topic", length = 24)
    public Set<OutreachTopic> topics = new HashSet<>();

    @Column(name = "attendance_female", nullable = false)
    public int attendanceFemale;

    @Column(name = "attendance_male", nullable = false)
    public int attendanceMale;

    @Column(length = 2000)
    public String notes;

    @Column(name = "recorded_by", nullable = false, length = 64)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Version
    public long version;

    public enum HolderType {
        DESK, PARTNER
    }
}
