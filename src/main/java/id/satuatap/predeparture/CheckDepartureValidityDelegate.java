package id.satuatap.predeparture;

import id.satuatap.document.Document;
import id.satuatap.document.DocumentConfig;
import id.satuatap.document.DocumentStatus;
import id.satuatap.document.DocumentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * At contract signing the departure date is known: the medical check must not be older than its validity at
 * departure and the passport must stay valid long enough after it. Expired documents go back to their desks.
 */
@Named("checkDepartureValidity")
@ApplicationScoped
public class CheckDepartureValidityDelegate implements JavaDelegate {

    @Inject DocumentConfig config;
    @Inject Timeline timeline;

    @Override
    public void execute(DelegateExecution execution) {
        String applicationId = (String) execution.getVariable("applicationId");
        LocalDate departure = ((Date) execution.getVariable("departureDate")).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        List<DocumentType> expired = new ArrayList<>();
        Optional<Document> passport = verified(applicationId, DocumentType.PASSPORT);
        if (passport.isPresent() && passport.get().expiresOn.isBefore(departure.plusMonths(config.passportValidityMonths()))) {
            expired.add(DocumentType.PASSPORT);
        }
        Optional<Document> medical = verified(applicationId, DocumentType.MEDICAL_CHECK);
        if (medical.isPresent() && medical.get().issuedOn.plusDays(config.medicalCheckValidityDays()).isBefore(departure)) {
            expired.add(DocumentType.MEDICAL_CHECK);
        }
        for (DocumentType type : expired) {
            timeline.record(applicationId, TimelineEvent.DOCUMENT_EXPIRES_BEFORE_DEPARTURE, Timeline.Detail.subject(type.name()));
        }
        execution.setVariable("documentsValidAtDeparture", expired.isEmpty());
        RequiredDocuments.set(execution, expired);
    }

    private static Optional<Document> verified(String applicationId, DocumentType type) {
        return Document.latest(applicationId, type).filter(d -> d.status == DocumentStatus.VERIFIED);
    }
}
