package id.satuatap.predeparture;

import id.satuatap.audit.AuditLog;
import id.satuatap.problem.ApiException;
import id.satuatap.security.CurrentUser;
import id.satuatap.workflow.EngineUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;

/**
 * Raises and settles red flags. Raising records the flag and tells case handling ({@link RedFlagRaised}) in one
 * transaction; a flag a desk raised also pauses the application (every other process instance of it is suspended)
 * while its verification waits for the coordinator. Settling records the resolution and lifts the pause; the
 * model decides what follows (resume or end).
 */
@ApplicationScoped
public class RedFlags {

    /** The user task of document-verification.bpmn where a coordinator settles a desk's red flag. */
    static final String RESOLVE_TASK = "resolve-red-flag";
    private static final Logger LOG = Logger.getLogger(RedFlags.class);

    @Inject Event<RedFlagRaised> raised;
    @Inject AuditLog audit;
    @Inject Timeline timeline;
    @Inject RuntimeService runtime;
    @Inject TaskService tasks;
    @Inject EngineUser engineUser;
    @Inject ApplicationAccess access;

    /** Records a red flag and opens its case; the caller decides what happens to the application. */
    public RedFlag raise(Application application, List<String> kinds, List<String> evidence, String raisedBy, String reason) {
        var flag = new RedFlag();
        flag.applicationId = application.id;
        flag.raisedAt = Instant.now();
        flag.kinds.addAll(kinds);
        flag.evidence.addAll(evidence);
        flag.raisedBy = raisedBy;
        flag.reason = reason;
        flag.persist();
        audit.record(raisedBy == null ? "system" : raisedBy, "RED_FLAG_RAISED", "APPLICATION", application.id,
                "red flag " + flag.id + ": " + kinds);
        LOG.infof("Red flag %s %s on application %s", flag.id, kinds, application.id);
        raised.fire(new RedFlagRaised(application.id, application.workerId, application.destinationCountry,
                List.copyOf(flag.kinds), List.copyOf(flag.evidence), application.sponsor()));
        return flag;
    }

    /** Suspends every process instance of the application except the one that waits for the resolution. */
    void pause(String applicationId, String waitingInstanceId) {
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(applicationId).active().list()) {
            if (!instance.getId().equals(waitingInstanceId)) {
                runtime.suspendProcessInstanceById(instance.getId());
            }
        }
    }

    private void lift(String applicationId) {
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(applicationId).suspended().list()) {
            runtime.activateProcessInstanceById(instance.getId());
        }
    }

    /** Records how the flag was settled and lifts the pause of the application. */
    void settle(RedFlag flag, RedFlag.Resolution outcome, String reason, String actor) {
        flag.resolution = outcome;
        flag.resolutionReason = reason;
        flag.resolvedAt = Instant.now();
        flag.resolvedBy = actor;
        lift(flag.applicationId);
        timeline.record(flag.applicationId, TimelineEvent.RED_FLAG_RESOLVED,
                new Timeline.Detail(outcome.name(), null, null, actor, null));
        audit.record(actor == null ? "system" : actor, "RED_FLAG_RESOLVED", "APPLICATION", flag.applicationId,
                "red flag " + flag.id + ": " + outcome);
    }

    /**
     * A coordinator's resolution. A flag whose verification waits is settled by completing its "Resolve red flag"
     * task, so the model's path runs exactly as when the task is completed from the task list; any other flag (its
     * application already ended) only has the resolution recorded.
     */
    @Transactional
    public RedFlag resolve(String flagId, RedFlag.Resolution outcome, String reason, CurrentUser user) {
        if (!access.mayResolveRedFlags(user)) {
            throw ApiException.forbidden("Only the LTSA coordinator resolves red flags");
        }
        RedFlag flag = RedFlag.findById(flagId);
        if (flag == null) {
            throw ApiException.notFound("No red flag " + flagId);
        }
        if (flag.resolution != null) {
            throw ApiException.conflict("The red flag was already resolved as " + flag.resolution);
        }
        Task waiting = flag.processInstanceId == null ? null : tasks.createTaskQuery()
                .processInstanceId(flag.processInstanceId).taskDefinitionKey(RESOLVE_TASK).singleResult();
        if (waiting == null) {
            settle(flag, outcome, reason, user.username());
        } else {
            engineUser.as(user.username(), user.groupList(), () -> {
                tasks.complete(waiting.getId(), Variables.createVariables()
                        .putValue("flagOutcome", outcome.name()).putValue("resolutionReason", reason));
                return null;
            });
        }
        return flag;
    }
}
