package id.satuatap.workflow.admin;

import id.satuatap.audit.AuditLog;
import id.satuatap.problem.ApiException;
import id.satuatap.problem.FieldError;
import id.satuatap.workflow.EngineUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import java.util.*;
import java.util.stream.Stream;

/**
 * Moves running instances to another process version with a plan that maps activities of equal id. Every
 * instance is checked before anything moves, and only instances that pass move:
 * <ul>
 *   <li>with an explicit list of instances the request is all or nothing: if one cannot move, none does (422);</li>
 *   <li>without a list, every instance of the source version that can move does; the others stay where they are
 *   and are reported with the reason.</li>
 * </ul>
 * Up to {@link AdminConfig#migrationSyncLimit()} instances move in the request, each checked by a trial
 * migration that is rolled back; more move as an engine batch, checked by their current activities.
 */
@ApplicationScoped
public class Migrations {

    static final String MIGRATION_BATCH = Batch.TYPE_PROCESS_INSTANCE_MIGRATION;

    @Inject RuntimeService runtime;
    @Inject RepositoryService repository;
    @Inject ManagementService management;
    @Inject HistoryService history;
    @Inject AuditLog audit;
    @Inject AdminConfig config;
    @Inject EngineUser engineUser;

    public MigrationReport migrate(MigrationRequest request, String actor, List<String> groups) {
        String source = request.sourceDefinitionId();
        String target = request.targetDefinitionId();
        requireDefinition(source);
        requireDefinition(target);
        if (source.equals(target)) {
            throw ApiException.invalid("targetDefinitionId", "must differ from sourceDefinitionId");
        }
        MigrationPlan plan = plan(source, target);
        boolean explicit = request.processInstanceIds() != null;
        List<String> candidates = explicit ? request.processInstanceIds().stream().distinct().toList()
                : runtime.createProcessInstanceQuery().processDefinitionId(source).list().stream()
                .map(ProcessInstance::getId).toList();
        boolean async = request.async() != null ? request.async() : candidates.size() > config.migrationSyncLimit();
        Set<String> mapped = new HashSet<>();
        plan.getInstructions().forEach(i -> mapped.add(i.getSourceActivityId()));

        List<String> movable = new ArrayList<>();
        List<MigrationReport.Refusal> refused = new ArrayList<>();
        for (String id : candidates) {
            List<String> reasons = reasonsAgainst(id, source, mapped, plan, !async);
            if (reasons.isEmpty()) {
                movable.add(id);
            } else {
                refused.add(new MigrationReport.Refusal(id, reasons));
            }
        }
        List<MigrationReport.Instruction> instructions = plan.getInstructions().stream()
                .map(i -> new MigrationReport.Instruction(i.getSourceActivityId(), i.getTargetActivityId())).toList();
        if (request.onlyReport()) {
            return new MigrationReport(source, target, MigrationReport.Outcome.DRY_RUN, instructions, movable, refused,
                    !async, null);
        }
        if (explicit && !refused.isEmpty()) {
            throw refusal(request.processInstanceIds(), refused);
        }
        if (async && !movable.isEmpty()) {
            Batch batch = QuarkusTransaction.requiringNew().call(() -> {
                Batch started = engineUser.as(actor, groups,
                        () -> runtime.newMigration(plan).processInstanceIds(movable).executeAsync());
                audit.record(actor, "MIGRATION_SUBMITTED", "batch", started.getId(),
                        "source=" + source + " target=" + target + " instances=" + movable.size());
                return started;
            });
            return new MigrationReport(source, target, MigrationReport.Outcome.SUBMITTED, instructions, movable,
                    refused, false, batch.getId());
        }
        if (!movable.isEmpty()) {
            execute(plan, movable, actor, groups);
        }
        return new MigrationReport(source, target, MigrationReport.Outcome.MIGRATED, instructions, movable, refused,
                true, null);
    }

    public Optional<BatchProgress> progress(String batchId) {
        var running = management.createBatchStatisticsQuery().batchId(batchId).type(MIGRATION_BATCH).singleResult();
        var historic = history.createHistoricBatchQuery().batchId(batchId).type(MIGRATION_BATCH).singleResult();
        if (historic == null) {
            return Optional.empty();
        }
        if (running != null) {
            return Optional.of(new BatchProgress(batchId, running.getType(), running.getTotalJobs(),
                    running.getCompletedJobs(), running.getRemainingJobs(), running.getFailedJobs(), false,
                    historic.getStartTime().toInstant(), null));
        }
        return Optional.of(new BatchProgress(batchId, historic.getType(), historic.getTotalJobs(),
                historic.getTotalJobs(), 0, 0, true, historic.getStartTime().toInstant(),
                historic.getEndTime() == null ? null : historic.getEndTime().toInstant()));
    }

    private void execute(MigrationPlan plan, List<String> movable, String actor, List<String> groups) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                engineUser.as(actor, groups, () -> {
                    runtime.newMigration(plan).processInstanceIds(movable).execute();
                    return null;
                });
                movable.forEach(id -> audit.record(actor, "INSTANCE_MIGRATED", "process-instance", id,
                        "source=" + plan.getSourceProcessDefinitionId() + " target=" + plan.getTargetProcessDefinitionId()));
            });
        } catch (MigratingProcessInstanceValidationException e) {
            throw ApiException.conflict("Instance " + e.getValidationReport().getProcessInstanceId()
                    + " changed while the migration was checked; nothing moved, run it again.");
        }
    }

    private MigrationPlan plan(String source, String target) {
        try {
            return runtime.createMigrationPlan(source, target).mapEqualActivities().build();
        } catch (MigrationPlanValidationException e) {
            List<FieldError> errors = e.getValidationReport().getInstructionReports().stream()
                    .flatMap(r -> r.getFailures().stream().map(f -> new FieldError("targetDefinitionId",
                            r.getMigrationInstruction().getSourceActivityId() + ": " + f)))
                    .toList();
            throw new ApiException(422, "process-state", "No valid migration plan between these versions.", errors);
        }
    }

    private List<String> reasonsAgainst(String id, String source, Set<String> mapped, MigrationPlan plan, boolean trial) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
        if (instance == null) {
            return List.of("is not a running process instance");
        }
        if (!instance.getProcessDefinitionId().equals(source)) {
            return List.of("runs on " + instance.getProcessDefinitionId() + ", not on the source definition");
        }
        List<String> unmapped = activityIds(runtime.getActivityInstance(id)).filter(a -> !mapped.contains(a)).distinct()
                .map(a -> "is at activity '" + a + "', which has no activity with the same id in the target version")
                .toList();
        if (!unmapped.isEmpty() || !trial) {
            return unmapped;
        }
        return trialMigration(id, plan);
    }

    /** Every activity the instance is in, including enclosing sub-processes; the root is the process itself. */
    private static Stream<String> activityIds(ActivityInstance root) {
        return Stream.concat(
                Arrays.stream(root.getChildActivityInstances())
                        .flatMap(child -> Stream.concat(Stream.of(child.getActivityId()), activityIds(child))),
                Arrays.stream(root.getChildTransitionInstances()).map(t -> t.getActivityId()));
    }

    /** The engine's own validation of one instance, by migrating it in a transaction that is always rolled back. */
    private List<String> trialMigration(String id, MigrationPlan plan) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                runtime.newMigration(plan).processInstanceIds(id).execute();
                throw new TrialRolledBack();
            });
            throw new IllegalStateException("a trial migration must not commit");
        } catch (TrialRolledBack passed) {
            return List.of();
        } catch (MigratingProcessInstanceValidationException e) {
            var report = e.getValidationReport();
            return Stream.of(report.getFailures().stream(),
                    report.getActivityInstanceReports().stream()
                            .flatMap(r -> r.getFailures().stream().map(f -> r.getSourceScopeId() + ": " + f)),
                    report.getTransitionInstanceReports().stream()
                            .flatMap(r -> r.getFailures().stream().map(f -> r.getSourceScopeId() + ": " + f)))
                    .flatMap(s -> s).toList();
        }
    }

    private static ApiException refusal(List<String> requested, List<MigrationReport.Refusal> refused) {
        List<FieldError> errors = refused.stream().flatMap(r -> {
            int index = requested.indexOf(r.processInstanceId());
            return r.reasons().stream().map(reason -> new FieldError("processInstanceIds[" + index + "]",
                    r.processInstanceId() + " " + reason));
        }).toList();
        return new ApiException(422, "process-state", refused.size() + " of the requested instances cannot move; "
                + "nothing was migrated.", errors);
    }

    private void requireDefinition(String id) {
        if (repository.createProcessDefinitionQuery().processDefinitionId(id).count() == 0) {
            throw ApiException.notFound("No process definition " + id);
        }
    }

    /** Carries a successful trial out of its transaction so that the transaction rolls back. */
    private static final class TrialRolledBack extends RuntimeException {
        TrialRolledBack() {
            super(null, null, false, false);
        }
    }
}
