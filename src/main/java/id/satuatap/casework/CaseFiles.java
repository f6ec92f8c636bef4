package id.satuatap.casework;

import id.satuatap.audit.AuditLog;
import id.satuatap.casework.CaseAccess.CaseFacts;
import id.satuatap.casework.CaseAccess.Disclosure;
import id.satuatap.casework.CaseAccess.Viewer;
import id.satuatap.casework.CaseViews.*;
import id.satuatap.partner.PartnerDirectory;
import id.satuatap.problem.ApiException;
import id.satuatap.security.Role;
import id.satuatap.web.Page;
import id.satuatap.web.PageRequest;
import id.satuatap.web.TimeCursor;
import id.satuatap.workflow.EngineUser;
import id.satuatap.workflow.task.BusinessKeyTasks;
import id.satuatap.workflow.task.CandidateGroups;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;

import java.util.*;
import java.util.stream.Collectors;

/** Reading, listing, annotating and reopening cases, each behind {@link CaseAccess}. */
@ApplicationScoped
public class CaseFiles {

    public static final String REOPEN_MESSAGE = "case-reopened";
    /** Process variable sent with {@link #REOPEN_MESSAGE}: new facts, so the case is triaged again. */
    public static final String RETRIAGE = "retriage";

    @Inject Referrals referrals;
    @Inject CaseTimeline timeline;
    @Inject PartnerDirectory partners;
    @Inject AuditLog audit;
    @Inject RuntimeService runtime;
    @Inject EngineUser engineUser;
    @Inject CandidateGroups candidateGroups;
    @Inject BusinessKeyTasks businessKeyTasks;

    @Transactional
    public CaseFile read(Viewer viewer, String id) {
        CaseRecord c = visible(viewer, id);
        CaseFacts facts = facts(c);
        Disclosure disclosure = CaseAccess.disclosure(viewer, facts,
                viewer.role() == Role.PARTNER ? partners.typesOf(viewer.groups()) : Set.of());
        if (CaseAccess.auditsReads(viewer)) {
            audit.record(viewer.username(), "CASE_READ", "CASE", c.id,
                    disclosure.identity() ? "identity=shown" : "identity=withheld");
        }
        boolean identity = disclosure.identity();
        return new CaseFile(c.id, c.status, c.channel,
                new Reporter(c.reporterType, identity ? c.reporterName : null, identity ? c.reporterPhone : null),
                identity ? c.workerId : null,
                new Person(identity ? c.personName : null, identity ? c.personNik : null, c.personSex),
                !identity, c.stage, c.country, c.regencyCode, identity ? c.villageCode : null, c.language, c.respondent, c.category, c.urgent,
                new TreeSet<>(c.traffickingIndicators), c.description,
                new Consent(c.shareWithPartners, c.shareWithAuthorities), c.outcome, c.wagesRecovered, c.createdAt,
                c.closedAt, c.processInstanceId,
                referrals.ofCase(c.id).stream().map(ReferralView::of).toList(),
                timeline.of(c.id).stream().map(TimelineEntry::of).toList(),
                disclosure.tasks() ? openTasks(c.id) : null,
                disclosure.notes() ? CaseNote.<CaseNote>list("caseId = ?1 order by at, id", c.id).stream()
                        .map(NoteView::of).toList() : null,
                identity && c.sponsorName != null
                        ? new Sponsor(c.sponsorName, c.sponsorRelation, c.sponsorPhone, c.sponsorAgencyLicense) : null);
    }

    /** Cases an account filed about a registered worker: what a family member who filed them follows. */
    public Set<String> idsFiledBy(String username, String workerId) {
        return CaseRecord.<CaseRecord>list("reportedBy = ?1 and workerId = ?2", username, workerId).stream()
                .map(c -> c.id).collect(Collectors.toSet());
    }

    public Page<CaseSummary> list(Viewer viewer, CaseStatus status, CaseCategory category, PageRequest page) {
        CaseAccess.Restriction restriction = CaseAccess.listRestriction(viewer);
        StringBuilder query = new StringBuilder("select c from CaseRecord c where ").append(restriction.where());
        Map<String, Object> params = new HashMap<>(restriction.parameters());
        if (status != null) {
            query.append(" and c.status = :status");
            params.put("status", status);
        }
        if (category != null) {
            query.append(" and c.category = :category");
            params.put("category", category);
        }
        TimeCursor after = TimeCursor.parse(page.cursorValue());
        if (after != null) {
            query.append(" and (c.createdAt < :lastAt or (c.createdAt = :lastAt and c.id < :lastId))");
            params.put("lastAt", after.at());
            params.put("lastId", after.id());
        }
        query.append(" order by c.createdAt desc, c.id desc");
        List<CaseRecord> rows = CaseRecord.<CaseRecord>find(query.toString(), params).range(0, page.limit()).list();
        return page.keyPage(rows.stream().map(CaseSummary::of).toList(), s -> TimeCursor.of(s.createdAt(), s.id()));
    }

    @Transactional
    public NoteView addNote(Viewer viewer, String id, String text) {
        CaseRecord c = visible(viewer, id);
        if (!CaseAccess.mayWriteNotes(viewer, facts(c))) {
            throw ApiException.forbidden("Notes are for staff and for partners that accepted a referral of this case");
        }
        var note = new CaseNote();
        note.caseId = c.id;
        note.at = CaseClock.now();
        note.author = viewer.username();
        note.text = text.trim();
        note.persist();
        timeline.record(c.id, TimelineStep.NOTE_ADDED, viewer.username(), "note=" + note.id);
        return NoteView.of(note);
    }

    @Transactional
    public CaseIntake.Opened reopen(Viewer viewer, String id, boolean retriage) {
        CaseRecord c = visible(viewer, id);
        if (!CaseAccess.mayReopen(viewer)) {
            throw ApiException.forbidden("Only the complaints desk and the coordinator reopen cases");
        }
        if (c.status != CaseStatus.CLOSED) {
            throw ApiException.unprocessable("Only a closed case can be reopened");
        }
        try {
            engineUser.as(viewer.username(), List.copyOf(viewer.groups()), () -> runtime.createMessageCorrelation(REOPEN_MESSAGE)
                    .processInstanceBusinessKey(c.id).setVariable(RETRIAGE, retriage).correlateWithResult());
        } catch (MismatchingMessageCorrelationException e) {
            throw ApiException.unprocessable("The case can no longer be reopened: its reopen window has passed");
        }
        return new CaseIntake.Opened(c.id, c.status, c.processInstanceId);
    }

    private CaseRecord visible(Viewer viewer, String id) {
        CaseRecord c = CaseRecord.findById(id);
        if (c == null || !CaseAccess.maySee(viewer, facts(c))) {
            throw ApiException.notFound("No case " + id);
        }
        return c;
    }

    private CaseFacts facts(CaseRecord c) {
        return new CaseFacts(c.workerId, c.reportedBy, Set.copyOf(c.involvedOrganisations),
                referrals.acceptedOrganisations(c.id), c.shareWithPartners, c.shareWithAuthorities);
    }

    private List<OpenTask> openTasks(String caseId) {
        List<Task> open = businessKeyTasks.query(caseId)
                .map(query -> query.active().orderByTaskCreateTime().asc().list()).orElse(List.of());
        Map<String, List<String>> groups = candidateGroups.of(open.stream().map(Task::getId).toList());
        return open.stream().map(t -> new OpenTask(t.getId(), t.getName(), t.getTaskDefinitionKey(),
                        groups.getOrDefault(t.getId(), List.of()), t.getAssignee(), t.getCreateTime().toInstant(),
                        t.getDueDate() == null ? null : t.getDueDate().toInstant()))
                .toList();
    }
}
