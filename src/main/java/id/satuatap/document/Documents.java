package id.satuatap.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.satuatap.audit.AuditLog;
import id.satuatap.predeparture.Application;
import id.satuatap.predeparture.ApplicationStatus;
import id.satuatap.predeparture.Applications;
import id.satuatap.predeparture.Timeline;
import id.satuatap.predeparture.TimelineEvent;
import id.satuatap.problem.ApiException;
import id.satuatap.problem.FieldError;
import id.satuatap.security.CurrentUser;
import id.satuatap.web.Page;
import id.satuatap.web.PageRequest;
import id.satuatap.worker.WorkerDirectory;
import id.satuatap.worker.WorkerSummary;
import id.satuatap.workflow.EngineUser;
import id.satuatap.workflow.RunningInstances;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Uploads of pre-departure documents: file checks, automatic checks, storage in the database, and the message
 * that hands the document to the document-verification instance waiting for it.
 */
@ApplicationScoped
public class Documents {

    static final String UPLOADED_MESSAGE = "document-uploaded";
    /** Starts pre-departure's "Red flag found at intake": a document uploaded before its step failed its checks. */
    static final String FLAGGED_AT_INTAKE_MESSAGE = "document-flagged-at-intake";

    @Inject Applications applications;
    @Inject WorkerDirectory workers;
    @Inject DocumentChecks checks;
    @Inject DocumentConfig config;
    @Inject RuntimeService runtime;
    @Inject RunningInstances runningInstances;
    @Inject EngineUser engineUser;
    @Inject Timeline timeline;
    @Inject AuditLog audit;
    @Inject ObjectMapper json;
    @Inject Validator validator;
    @Inject DeskDocumentScope scope;

    /**
     * Stores and checks an upload. A document of the application's requirement list is taken at any time while the
     * application runs: handed at once to the verification that awaits it, or kept until its verify step starts
     * (which then takes it). A red flag from its checks stops the application at once either way. A second upload
     * of a type still waiting for its step replaces the first only when {@code replace} is set; both stay on record.
     */
    @Transactional
    public Document upload(String applicationId, String typeCode, Path file, String metadataJson, boolean replace,
                           CurrentUser user) {
        Application application = applications.visible(applicationId, user);
        DocumentType type = parseType(typeCode);
        byte[] content = read(file);
        FileKind kind = FileKind.sniff(content).orElseThrow(() -> new ApiException(415, "unsupported-media-type",
                "The file must be a PDF, JPEG or PNG", List.of()));
        DocumentMetadata metadata = parseMetadata(metadataJson, type);
        if (application.status != ApplicationStatus.IN_PROGRESS) {
            throw ApiException.unprocessable("The application is " + application.status + "; it takes no documents");
        }
        if (!applications.requiredDocuments().contains(type)) {
            throw ApiException.unprocessable(type + " is not among the documents this application needs");
        }
        Optional<String> verification = awaitingVerification(application.id, type);
        if (verification.isEmpty()) {
            replaceWaiting(application.id, type, replace);
        }
        WorkerSummary worker = workers.find(application.workerId)
                .orElseThrow(() -> new IllegalStateException("Application " + application.id + " has no worker"));
        Document document = newDocument(application.id, type, metadata, content, kind, user.username());
        document.checks.addAll(checks.run(document, worker, workers.family(worker.id()), LocalDate.now()));
        boolean redFlag = document.raisesRedFlag();
        document.status = redFlag ? DocumentStatus.FLAGGED : DocumentStatus.SUBMITTED;
        document.verificationInstanceId = verification.orElse(null);
        document.persist();
        var stored = new DocumentFile();
        stored.documentId = document.id;
        stored.content = content;
        stored.persist();
        timeline.record(application.id, TimelineEvent.DOCUMENT_UPLOADED,
                new Timeline.Detail(type.name(), document.id, null, user.username(), null));
        audit.record(user.username(), "DOCUMENT_UPLOADED", "DOCUMENT", document.id, "application " + application.id);
        if (verification.isPresent()) {
            engineUser.as(user.username(), user.groupList(), () -> runtime.createMessageCorrelation(UPLOADED_MESSAGE)
                    .processInstanceId(verification.get())
                    .setVariable("documentId", document.id)
                    .setVariable("redFlag", redFlag)
                    .correlateWithResult());
        } else if (redFlag) {
            engineUser.as(user.username(), user.groupList(), () -> runtime.createMessageCorrelation(FLAGGED_AT_INTAKE_MESSAGE)
                    .processInstanceId(application.processInstanceId)
                    .correlateWithResult());
        }
        return document;
    }

    /**
     * Before its step, one upload per type waits: a second replaces it only when asked to. Once the step took it
     * (or verified it), only the step's own request for a resubmission takes a new one.
     */
    private static void replaceWaiting(String applicationId, DocumentType type, boolean replace) {
        Optional<Document> previous = Document.latest(applicationId, type)
                .filter(d -> d.status != DocumentStatus.REJECTED && d.status != DocumentStatus.REPLACED);
        if (previous.isEmpty()) {
            return;
        }
        Document earlier = previous.get();
        if (earlier.status != DocumentStatus.SUBMITTED || earlier.verificationInstanceId != null) {
            throw ApiException.conflict("The " + type + " uploaded earlier is with its desk or decided; it cannot be replaced now");
        }
        if (!replace) {
            throw ApiException.conflict("A " + type + " was already uploaded for this application; send replace=true to replace it");
        }
        earlier.status = DocumentStatus.REPLACED;
    }

    /**
     * The document-verification instance waiting for an upload of this type. Found through the few instances
     * waiting for any upload of the application and their document types: the engine's own correlation by business
     * key and variable value took 12 ms per upload on H2 (a join it cannot drive from an index).
     */
    private Optional<String> awaitingVerification(String applicationId, DocumentType type) {
        String[] waiting = runningInstances.waitingForMessage(applicationId, UPLOADED_MESSAGE).toArray(String[]::new);
        if (waiting.length == 0) {
            return Optional.empty();
        }
        return runtime.createVariableInstanceQuery().processInstanceIdIn(waiting).variableName("documentType").list()
                .stream().filter(v -> type.name().equals(v.getValue()))
                .map(VariableInstance::getProcessInstanceId).findFirst();
    }

    /** The documents of an application the caller reads; a desk only those of its steps ({@link DeskDocumentScope}). */
    public Page<Document> list(String applicationId, PageRequest page, CurrentUser user) {
        Application application = applications.visible(applicationId, user);
        Optional<Set<DocumentType>> readable = scope.readableBy(user);
        List<Document> rows = (readable.isEmpty()
                ? Document.<Document>find("applicationId = ?1 order by uploadedAt, id", application.id)
                : Document.<Document>find("applicationId = ?1 and type in ?2 order by uploadedAt, id", application.id,
                readable.get())).range(page.offset(), page.offset() + page.limit()).list();
        return page.offsetPage(rows);
    }

    /** The document if the caller may see its application and reads its type; 404 otherwise. */
    public Document visible(String documentId, CurrentUser user) {
        Document document = Document.findById(documentId);
        if (document == null || !scope.mayRead(user, document.type)) {
            throw ApiException.notFound("No document " + documentId);
        }
        try {
            applications.visible(document.applicationId, user);
        } catch (ApiException hidden) {
            throw ApiException.notFound("No document " + documentId);
        }
        return document;
    }

    /** A document with its bytes. */
    public record StoredFile(Document document, byte[] content) {
    }

    /** Every read of a scan leaves a trace: they carry everything a forger needs. */
    @Transactional
    public StoredFile file(String documentId, CurrentUser user) {
        Document document = visible(documentId, user);
        audit.record(user.username(), "DOCUMENT_FILE_READ", "DOCUMENT", document.id, "application " + document.applicationId);
        return new StoredFile(document, DocumentFile.<DocumentFile>findById(document.id).content);
    }

    private byte[] read(Path file) {
        if (file == null) {
            throw ApiException.invalid("file", "is required");
        }
        try {
            if (Files.size(file) > config.maxFileSize()) {
                throw new ApiException(413, "too-large", "The file is larger than " + config.maxFileSize() + " bytes", List.of());
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read an uploaded file", e);
        }
    }

    private static DocumentType parseType(String code) {
        if (code == null || code.isBlank()) {
            throw ApiException.invalid("type", "is required");
        }
        try {
            return DocumentType.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("type", "must be one of " + List.of(DocumentType.values()));
        }
    }

    private DocumentMetadata parseMetadata(String text, DocumentType type) {
        DocumentMetadata metadata;
        try {
            metadata = text == null || text.isBlank() ? DocumentMetadata.NONE : json.readValue(text, DocumentMetadata.class);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                    .filter(Objects::nonNull).collect(Collectors.joining("."));
            throw ApiException.invalid(field.isEmpty() ? "metadata" : "metadata." + field, "has the wrong type or format");
        } catch (JsonProcessingException e) {
            throw ApiException.invalid("metadata", "is not valid JSON");
        }
        if (metadata == null) {
            metadata = DocumentMetadata.NONE;
        }
        List<FieldError> errors = new ArrayList<>(validator.validate(metadata).stream()
                .map(v -> new FieldError("metadata." + v.getPropertyPath(), v.getMessage())).toList());
        errors.addAll(metadata.missingFor(type));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return metadata;
    }

    private static Document newDocument(String applicationId, DocumentType type, DocumentMetadata m, byte[] content,
                                        FileKind kind, String username) {
        var d = new Document();
        d.applicationId = applicationId;
        d.type = type;
        d.number = m.number();
        d.holderName = m.holderName();
        d.holderNik = m.holderNik();
        d.holderBirthDate = m.holderBirthDate();
        d.holderSex = m.holderSex();
        d.issuedOn = m.issuedOn();
        d.expiresOn = m.expiresOn();
        d.signerName = m.signerName();
        d.signerNik = m.signerNik();
        d.signerRelation = m.signerRelation();
        d.contentType = kind.mediaType();
        d.sizeBytes = content.length;
        d.sha256 = sha256(content);
        d.uploadedAt = Instant.now();
        d.uploadedBy = username;
        return d;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
