package id.satuatap.casework;

import id.satuatap.casework.CaseAccess.Viewer;
import id.satuatap.casework.CaseViews.ReferralView;
import id.satuatap.problem.ApiException;
import id.satuatap.security.Role;
import id.satuatap.web.Page;
import id.satuatap.web.PageRequest;
import id.satuatap.web.TimeCursor;
import id.satuatap.workflow.task.UserTasks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.*;

/** Partners' side of referrals: their list, and accepting or declining an offer (which moves the process on). */
@ApplicationScoped
public class ReferralDesk {

    static final String ANSWER_TASK = "answer-referral";
    static final String DELIVER_TASK = "deliver-service";

    @Inject TaskService tasks;
    @Inject UserTasks userTasks;

    public Page<ReferralView> list(Viewer viewer, ReferralStatus status, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!CaseAccess.seesAllCases(viewer)) {
            if (viewer.role() != Role.PARTNER || viewer.groups().isEmpty()) {
                return new Page<>(List.of(), null);
            }
            where.add("partnerCode in :orgs");
            params.put("orgs", viewer.groups());
        }
        if (status != null) {
            where.add("status = :status");
            params.put("status", status);
        }
        TimeCursor after = TimeCursor.parse(page.cursorValue());
        if (after != null) {
            where.add("(offeredAt < :lastAt or (offeredAt = :lastAt and id < :lastId))");
            params.put("lastAt", after.at());
            params.put("lastId", after.id());
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where)) + " order by offeredAt desc, id desc";
        List<Referral> rows = Referral.<Referral>find(query.trim(), params).range(0, page.limit()).list();
        return page.keyPage(rows.stream().map(ReferralView::of).toList(), r -> TimeCursor.of(r.offeredAt(), r.id()));
    }

    @Transactional
    public ReferralView answer(Viewer viewer, String id, boolean accepted, String reason) {
        Referral referral = Referral.findById(id);
        if (referral == null || !CaseAccess.maySeeReferral(viewer, referral.partnerCode)) {
            throw ApiException.notFound("No referral " + id);
        }
        if (!CaseAccess.mayAnswerReferral(viewer, referral.partnerCode)) {
            throw ApiException.forbidden("Only the partner it is offered to answers a referral");
        }
        Task task = referral.status != ReferralStatus.OFFERED ? null : tasks.createTaskQuery()
                .processInstanceId(referral.processInstanceId).taskDefinitionKey(ANSWER_TASK).singleResult();
        if (task == null) {
            throw ApiException.conflict("The referral was already " + referral.status.name().toLowerCase());
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(viewer.username())) {
            throw ApiException.conflict("A colleague has claimed this referral");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("accepted", accepted);
        if (!accepted) {
            variables.put("declineReason", reason.trim());
        }
        userTasks.claimAndComplete(new UserTasks.Caller(viewer.username(), viewer.groups()), task, variables);
        return ReferralView.of(referral);
    }

    /** The partner that accepted the referral records what it provided and on which day. */
    @Transactional
    public ReferralView deliver(Viewer viewer, String id, LocalDate deliveredOn, String what) {
        Referral referral = Referral.findById(id);
        if (referral == null || !CaseAccess.maySeeReferral(viewer, referral.partnerCode)) {
            throw ApiException.notFound("No referral " + id);
        }
        if (!CaseAccess.mayAnswerReferral(viewer, referral.partnerCode)) {
            throw ApiException.forbidden("Only the partner that accepted a referral records its delivery");
        }
        Task task = referral.status != ReferralStatus.ACCEPTED ? null : tasks.createTaskQuery()
                .processInstanceId(referral.processInstanceId).taskDefinitionKey(DELIVER_TASK).singleResult();
        if (task == null) {
            throw ApiException.conflict("Only an accepted referral is delivered; this one is "
                    + referral.status.name().toLowerCase());
        }
        LocalDate today = CaseClock.now().atZone(ZoneOffset.UTC).toLocalDate();
        if (deliveredOn.isAfter(today) || deliveredOn.isBefore(referral.answeredAt.atZone(ZoneOffset.UTC).toLocalDate())) {
            throw ApiException.invalid("deliveredOn", "must lie between the day the referral was accepted and today");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("deliveredOn", Date.from(deliveredOn.atStartOfDay(ZoneOffset.UTC).toInstant()));
        variables.put("deliveredWhat", what.trim());
        userTasks.claimAndComplete(new UserTasks.Caller(viewer.username(), viewer.groups()), task, variables);
        return ReferralView.of(referral);
    }
}
