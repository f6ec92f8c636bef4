package id.satuatap.tip;

import id.satuatap.audit.AuditLog;
import id.satuatap.casework.CaseCategory;
import id.satuatap.casework.CaseIntake;
import id.satuatap.casework.Stage;
import id.satuatap.problem.ApiException;
import id.satuatap.region.RegionLevel;
import id.satuatap.region.Regions;
import id.satuatap.security.Role;
import id.satuatap.tip.TipAccess.Caller;
import id.satuatap.web.Page;
import id.satuatap.web.PageRequest;
import id.satuatap.web.TimeCursor;
import id.satuatap.workflow.EngineUser;
import id.satuatap.workflow.task.UserTasks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.*;

/** Filing tips, reading them as the caller may, and the verifiers' finding (which moves the process on). */
@ApplicationScoped
public class Tips {

    public static final String PROCESS_KEY = "tip-verification";
    static final String VERIFY_TASK = "verify-tip";
    private static final Logger LOG = Logger.getLogger(Tips.class);

    @Inject Regions regions;
    @Inject RuntimeService runtime;
    @Inject TaskService tasks;
    @Inject EngineUser engineUser;
    @Inject UserTasks userTasks;
    @Inject CaseIntake cases;
    @Inject AuditLog audit;
    @Inject TipConfig config;

    @Transactional
    public TipView.Receipt file(Caller caller, TipRequest request) {
        var tip = new Tip();
        tip.description = request.description().trim();
        tip.regencyCode = regions.require("regencyCode", request.regencyCode(), RegionLevel.REGENCY);
        tip.villageCode = regions.requireWithin("villageCode", request.villageCode(), tip.regencyCode, RegionLevel.VILLAGE);
        if (tip.villageCode != null && tip.regencyCode == null) {
            tip.regencyCode = tip.villageCode.substring(0, RegionLevel.REGENCY.digits());
        }
        tip.recruiterName = trimmed(request.recruiterName());
        tip.placementAgencyLicense = trimmed(request.placementAgencyLicense());
        tip.contact = trimmed(request.contact());
        tip.anonymous = !caller.signedIn() || Boolean.TRUE.equals(request.anonymous());
        tip.filedBy = caller.username();
        tip.channel = switch (caller.role() == null ? Role.WORKER : caller.role()) {
            case DESK, COORDINATOR, ADMIN -> TipChannel.DESK;
            case PARTNER -> TipChannel.PARTNER;
            case WORKER -> TipChannel.MOBILE_APP;
        };
        if (caller.role() == Role.DESK || caller.role() == Role.PARTNER) {
            tip.filingOrganisation = caller.groups().stream().sorted().findFirst().orElse(null);
        }
        tip.filedAt = ClockUtil.getCurrentTime().toInstant();
        tip.dueAt = tip.filedAt.plus(config.verificationSla());
        tip.persist();
        Map<String, Object> variables = new HashMap<>();
        variables.put("tipId", tip.id);
        variables.put("verificationSla", config.verificationSla().toString());
        variables.put("verificationDue", Date.from(tip.dueAt));
        String actor = caller.signedIn() ? caller.username() : "anonymous";
        tip.processInstanceId = engineUser.as(actor, List.copyOf(caller.groups()),
                () -> runtime.startProcessInstanceByKey(PROCESS_KEY, tip.id, variables)).getId();
        LOG.infof("Tip %s filed through %s", tip.id, tip.channel);
        return new TipView.Receipt(tip.id, tip.status, tip.filedAt);
    }

    @Transactional
    public TipView read(Caller caller, String id) {
        Tip tip = visible(caller, id);
        boolean reporter = TipAccess.showsReporter(caller, tip);
        if (tip.anonymous && reporter && !caller.username().equals(tip.filedBy)) {
            audit.record(caller.username(), "TIP_REPORTER_READ", "TIP", tip.id, null);
        }
        return TipView.of(tip, reporter);
    }

    /** Newest first; a list shows each tip as {@link #read} would, without the audit of single reads. */
    public Page<TipView> list(Caller caller, TipStatus status, PageRequest page) {
        if (!caller.signedIn()) {
            return new Page<>(List.of(), null);
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!TipAccess.seesAll(caller)) {
            StringBuilder own = new StringBuilder("(filedBy = :me");
            params.put("me", caller.username());
            if (caller.role() == Role.PARTNER && !caller.groups().isEmpty()) {
                own.append(" or filingOrganisation in :orgs");
                params.put("orgs", caller.groups());
                if (!caller.coveredRegencies().isEmpty()) {
                    own.append(" or regencyCode in :regencies");
                    params.put("regencies", caller.coveredRegencies());
                }
            }
            where.add(own.append(")").toString());
        }
        if (status != null) {
            where.add("status = :status");
            params.put("status", status);
        }
        TimeCursor after = TimeCursor.parse(page.cursorValue());
        if (after != null) {
            where.add("(filedAt < :lastAt or (filedAt = :lastAt and id < :lastId))");
            params.put("lastAt", after.at());
            params.put("lastId", after.id());
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by filedAt desc, id desc";
        List<Tip> rows = Tip.<Tip>find(query, params).range(0, page.limit()).list();
        return page.keyPage(rows.stream().map(t -> TipView.of(t, TipAccess.showsReporter(caller, t))).toList(),
                t -> TimeCursor.of(t.filedAt(), t.id()));
    }

    @Transactional
    public TipView verify(Caller caller, String id, TipVerification finding) {
        Tip tip = visible(caller, id);
        if (!TipAccess.mayVerify(caller, tip)) {
            throw ApiException.forbidden("Only the police unit (POLRI) and BP3MI verify tips, and the coordinator an overdue one");
        }
        TipAction action = finding.action() == null ? TipAction.NONE : finding.action();
        if (!finding.verified() && action != TipAction.NONE) {
            throw ApiException.invalid("action", "an unfounded tip opens no case and joins none");
        }
        if (action == TipAction.ATTACH_TO_CASE && !cases.exists(finding.caseId())) {
            throw ApiException.invalid("caseId", "must name an existing case to attach the tip to");
        }
        Task task = tip.status != TipStatus.RECEIVED ? null : tasks.createTaskQuery()
                .processInstanceId(tip.processInstanceId).taskDefinitionKey(VERIFY_TASK).singleResult();
        if (task == null) {
            throw ApiException.conflict("The tip was already " + tip.status.name().toLowerCase());
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("verified", finding.verified());
        variables.put("finding", finding.finding().trim());
        variables.put("tipAction", action.name());
        variables.put("caseId", finding.caseId());
        variables.put("caseCategory", (finding.category() == null ? CaseCategory.TRAFFICKING : finding.category()).name());
        variables.put("caseStage", (finding.stage() == null ? Stage.PRE_DEPARTURE : finding.stage()).name());
        userTasks.claimAndComplete(new UserTasks.Caller(caller.username(), caller.groups()), task, variables);
        return TipView.of(tip, true);
    }

    private static Tip visible(Caller caller, String id) {
        Tip tip = Tip.findById(id);
        if (tip == null || !TipAccess.maySee(caller, tip)) {
            throw ApiException.notFound("No tip " + id);
        }
        return tip;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
