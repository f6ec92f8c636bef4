package id.satuatap.document;

import id.satuatap.security.CurrentUser;
import id.satuatap.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which documents of an application a desk reads: those of the steps it takes part in, not all of them (the bank
 * desk has no business with medical results, BPJS none with the police certificate). The one place of that rule:
 * a desk reads what it verifies (decision table document-desk), the identity and family cards by which every desk
 * knows who stands at the counter, and what its other steps of pre-departure.bpmn need. The coordinator and
 * admins read every document; a worker the documents of their own applications (checked by the application).
 */
@ApplicationScoped
public class DeskDocumentScope {

    /** Every desk identifies the person by these before serving them. */
    static final Set<DocumentType> IDENTIFYING = EnumSet.of(DocumentType.KTP, DocumentType.KK);

    /** Documents a desk reads for a step other than their own verification. */
    static final Map<String, Set<DocumentType>> OTHER_STEPS = Map.of(
            // Recommends the passport from the civil records; witnesses the contract, where passport validity counts.
            "DISNAKER", EnumSet.of(DocumentType.BIRTH_CERTIFICATE, DocumentType.PASSPORT),
            // Issues the passport from the civil records.
            "IMIGRASI", EnumSet.of(DocumentType.BIRTH_CERTIFICATE),
            // Re-checks the family consent at the orientation; issues the ID PMI against the passport.
            "BP3MI", EnumSet.of(DocumentType.FAMILY_CONSENT, DocumentType.PASSPORT),
            // Reviews red flags, whose evidence is the identity documents and the consent.
            "PENGADUAN", EnumSet.of(DocumentType.BIRTH_CERTIFICATE, DocumentType.PASSPORT, DocumentType.FAMILY_CONSENT));

    private static final String DESK_DECISION = "document-desk";

    @Inject DecisionService decisions;

    /** The document types the caller may read; empty when the caller is not limited by desk. */
    public Optional<Set<DocumentType>> readableBy(CurrentUser user) {
        if (!user.is(Role.DESK)) {
            return Optional.empty();
        }
        Set<DocumentType> readable = EnumSet.noneOf(DocumentType.class);
        for (DocumentType type : DocumentType.values()) {
            if (user.groups().contains(verifyingDesk(type))) {
                readable.add(type);
            }
        }
        readable.addAll(IDENTIFYING);
        user.groups().forEach(desk -> readable.addAll(OTHER_STEPS.getOrDefault(desk, Set.of())));
        return Optional.of(readable);
    }

    public boolean mayRead(CurrentUser user, DocumentType type) {
        return readableBy(user).map(types -> types.contains(type)).orElse(true);
    }

    private String verifyingDesk(DocumentType type) {
        return decisions.evaluateDecisionTableByKey(DESK_DECISION, Variables.createVariables()
                .putValue("documentType", type.name())).getSingleResult().getSingleEntry();
    }
}
