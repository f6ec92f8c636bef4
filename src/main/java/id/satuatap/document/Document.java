package id.satuatap.document;

import id.satuatap.predeparture.ApplicationViewListener;
import id.satuatap.predeparture.ShownInApplicationView;
import id.satuatap.worker.Sex;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An uploaded document of a pre-departure application with what it states and how it was checked. */
@Entity
@Table(name = "pd_document", indexes = @Index(name = "ix_pd_document_application", columnList = "application_id, uploaded_at"))
@EntityListeners(ApplicationViewListener.class)
public class Document extends PanacheEntityBase implements ShownInApplicationView {

    @Id
    @Column(length = 36)
    public String id = UUID.randomUUID().toString();

    @Column(name = "application_id", nullable = false, length = 36)
    public String applicationId;

    @Override
    public String shownInApplication() {
        return applicationId;
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public DocumentType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public DocumentStatus status;

    @Column(length = 64)
    public String number;

    @Column(name = "holder_name", length = 150)
    public String holderName;

    @Column(name = "holder_nik", length = 16)
    public String holderNik;

    @Column(name = "holder_birth_date")
    public LocalDate holderBirthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "holder_sex", length = 8)
    public Sex holderSex;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(name = "expires_on")
    public LocalDate expiresOn;

    @Column(name = "signer_name", length = 150)
    public String signerName;

    @Column(name = "signer_nik", length = 16)
    public String signerNik;

    @Column(name = "signer_relation", length = 16)
    public String signerRelation;

    @Column(name = "content_type", nullable = false, length = 32)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    public String uploadedBy;

    /**
     * The document-verification instance that took this upload; null while an upload made before its step waits
     * for that step to start.
     */
    @Column(name = "verification_instance_id", length = 64)
    public String verificationInstanceId;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by", length = 64)
    public String decidedBy;

    @Column(name = "rejection_reason", length = 500)
    public String rejectionReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pd_document_check", joinColumns = @JoinColumn(name = "document_id"))
    @OrderColumn(name = "position")
    public List<DocumentCheck> checks = new ArrayList<>();

    public boolean raisesRedFlag() {
        return checks.stream().anyMatch(DocumentCheck::raisesRedFlag);
    }

    public static List<Document> ofApplication(String applicationId) {
        return list("applicationId = ?1 order by uploadedAt, id", applicationId);
    }

    /** An upload made before its step, still waiting for the step to take it. */
    public static Optional<Document> waitingForStep(String applicationId, DocumentType type) {
        return find("applicationId = ?1 and type = ?2 and status = ?3 and verificationInstanceId is null order by uploadedAt desc",
                applicationId, type, DocumentStatus.SUBMITTED).firstResultOptional();
    }

    /** The newest upload of a type, whatever its status. */
    public static Optional<Document> latest(String applicationId, DocumentType type) {
        return find("applicationId = ?1 and type = ?2 order by uploadedAt desc, id desc", applicationId, type)
                .firstResultOptional();
    }
}
