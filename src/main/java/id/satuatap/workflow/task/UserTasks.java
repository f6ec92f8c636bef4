package id.satuatap.workflow.task;

import id.satuatap.problem.ApiException;
import id.satuatap.workflow.EngineCommand;
import id.satuatap.workflow.EngineUser;
import id.satuatap.workflow.ProcessKeys;
import id.satuatap.workflow.RunningInstances;
import id.satuatap.workflow.model.StepDeclarations;
import id.satuatap.web.Page;
import id.satuatap.web.PageRequest;
import id.satuatap.web.TimeCursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

import java.util.*;
import java.util.stream.Collectors;

/**
 * User tasks for the caller: a task belongs to whoever it is assigned to, or, while unassigned, to the
 * members of its candidate groups. Tasks of others are reported as unknown (404), never revealed.
 */
@ApplicationScoped
public class UserTasks {

    @Inject StepDeclarations steps;
    @Inject TaskService tasks;
    @Inject FormService forms;
    @Inject HistoryService history;
    @Inject ProcessKeys processKeys;
    @Inject EngineUser engineUser;
    @Inject EngineCommand engineCommand;
    @Inject CandidateGroups candidateGroups;
    @Inject RunningInstances runningInstances;
    @Inject VisibleTaskRows visibleTaskRows;

    public record Caller(String username, Set<String> groups) {
    }

    public record Filter(String processKey, String businessKey, String candidateGroup, boolean mine) {
    }

    public Page<TaskView> list(Caller caller, Filter filter, PageRequest page, Locale locale) {
        List<String> instances = null;
        if (filter.businessKey() != null) {
            instances = runningInstances.withBusinessKey(filter.businessKey());
            if (instances.isEmpty()) {
                return new Page<>(List.of(), null);
            }
        }
        VisibleTaskRows.Who who;
        if (filter.mine()) {
            who = new VisibleTaskRows.Who(caller.username(), List.of());
        } else if (filter.candidateGroup() != null) {
            if (!caller.groups().contains(filter.candidateGroup())) {
                return new Page<>(List.of(), null);
            }
            who = new VisibleTaskRows.Who(null, List.of(filter.candidateGroup()));
        } else {
            who = new VisibleTaskRows.Who(caller.username(), caller.groups());
        }
        List<Task> rows = visibleTaskRows.page(who, instances, filter.processKey(), TimeCursor.parse(page.cursorValue()),
                page.limit() + 1);
        // Narrowed to the instances with the key, every row has it; only a wider list reads the rows' keys.
        Map<String, String> keys = filter.businessKey() == null ? businessKeys(rows) : null;
        Map<String, List<String>> groups = candidateGroups.of(rows.stream().map(Task::getId).toList());
        return page.keyPage(rows.stream().map(t -> view(t,
                keys == null ? filter.businessKey() : keys.get(t.getProcessInstanceId()),
                groups.getOrDefault(t.getId(), List.of()), locale)).toList(), task -> TimeCursor.of(task.created(), task.id()));
    }

    public TaskDetail detail(Caller caller, String taskId, Locale locale) {
        if (byId(taskId) == null) {
            // A finished task is a record now: who completed it and when, for those who could have worked on it.
            HistoricTaskInstance done = finishedFor(caller, taskId);
            if (done != null) {
                return finishedView(done, locale);
            }
        }
        return whileLive(taskId, () -> {
            Visible visible = visible(caller, taskId);
            Task task = visible.task();
            var form = new TaskForm(forms.getTaskFormData(taskId).getFormFields());
            return new TaskDetail(view(task, businessKeys(List.of(task)).get(task.getProcessInstanceId()), visible.groups(), locale),
                    form.view(), TaskDetail.OPEN, null, null);
        });
    }

    @Transactional
    public void claim(Caller caller, String taskId) {
        whileLive(taskId, () -> {
            Task task = workable(caller, taskId);
            if (task.getAssignee() == null) {
                tasks.claim(taskId, caller.username());
            }
            return null;
        });
    }

    @Transactional
    public void unclaim(Caller caller, String taskId) {
        whileLive(taskId, () -> {
            Task task = workable(caller, taskId);
            if (task.getAssignee() != null) {
                tasks.setAssignee(taskId, null);
            }
            return null;
        });
    }

    /**
     * The checks, the form, the implicit claim and the completion are one engine command: the task is read once
     * and its rows are written once.
     */
    @Transactional
    public void complete(Caller caller, String taskId, Map<String, Object> submitted) {
        whileLive(taskId, () -> engineCommand.run(() -> {
            Task task = workable(caller, taskId);
            var form = new TaskForm(forms.getTaskFormData(taskId).getFormFields());
            claimAndComplete(caller, task, form.validate(submitted));
            return null;
        }));
    }

    /**
     * Completes a task the caller may act on (the caller checked that) as the caller, claiming it for them first
     * if nobody holds it, in one engine command.
     */
    public void claimAndComplete(Caller caller, Task task, Map<String, Object> variables) {
        engineCommand.run(() -> {
            if (task.getAssignee() == null) {
                // Recorded as the assignee so the instance history shows who did the work. Not as the engine
                // user: the completion's entry in the operation log already names them, and a second entry
                // (a row in a table with ten indexes) for this implicit claim would say nothing more.
                tasks.claim(task.getId(), caller.username());
            }
            return engineUser.as(caller.username(), List.copyOf(caller.groups()), () -> {
                tasks.complete(task.getId(), variables);
                return null;
            });
        });
    }

    private record Visible(Task task, List<String> groups) {
    }

    /**
     * Each engine call reads the database anew, so a colleague may complete the task between our reads; the
     * engine then no longer finds it. That is the same conflict as arriving a moment later, not a process failure.
     */
    private static <T> T whileLive(String taskId, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (NullValueException e) {
            if (e.getMessage() != null && e.getMessage().contains(taskId)) {
                throw ApiException.conflict("The task was completed or changed by someone else at the same time");
            }
            throw e;
        }
    }

    /** A task the caller may see: assigned to them, or in one of their candidate groups. */
    private Visible visible(Caller caller, String taskId) {
        Task task = byId(taskId);
        if (task == null) {
            throw gone(caller, taskId);
        }
        List<String> groups = candidateGroups.of(taskId);
        if (caller.username().equals(task.getAssignee()) || !Collections.disjoint(groups, caller.groups())) {
            return new Visible(task, groups);
        }
        // A query, not byId: inside a command byId answers from the command's cache, not the database.
        if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
            // Completed between the two reads above, which found the task but no longer its candidate groups.
            throw gone(caller, taskId);
        }
        throw ApiException.notFound("No task " + taskId);
    }

    /**
     * The task by primary key, through the engine's cache of the current command: the task query would build its
     * large dynamic SQL through OGNL for one row (a quarter of the checks before a completion).
     */
    private Task byId(String taskId) {
        return engineCommand.run(() -> Context.getCommandContext().getTaskManager().findTaskById(taskId));
    }

    /** A task the caller may act on now: visible and not held by someone else. */
    private Task workable(Caller caller, String taskId) {
        Task task = visible(caller, taskId).task();
        if (task.isSuspended()) {
            throw ApiException.unprocessable("The task's process is suspended");
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(caller.username())) {
            throw ApiException.conflict("The task is claimed by someone else");
        }
        return task;
    }

    /** A finished task the caller could have worked on is a conflict; anything else is unknown. */
    private ApiException gone(Caller caller, String taskId) {
        return finishedFor(caller, taskId) != null ? ApiException.conflict("The task was already completed")
                : ApiException.notFound("No task " + taskId);
    }

    /** The finished task, if the caller was its assignee or in one of its candidate groups; else null. */
    private HistoricTaskInstance finishedFor(Caller caller, String taskId) {
        var done = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
        if (done == null) {
            return null;
        }
        List<String> groups = historicGroups(taskId);
        boolean wasTheirs = caller.username().equals(done.getAssignee()) || groups.stream().anyMatch(caller.groups()::contains);
        return wasTheirs ? done : null;
    }

    private List<String> historicGroups(String taskId) {
        return history.createHistoricIdentityLinkLogQuery().taskId(taskId).type(IdentityLinkType.CANDIDATE).list()
                .stream().map(HistoricIdentityLinkLog::getGroupId).filter(Objects::nonNull).distinct().toList();
    }

    private TaskDetail finishedView(HistoricTaskInstance done, Locale locale) {
        String processKey = done.getProcessDefinitionId() == null ? null : processKeys.of(done.getProcessDefinitionId()).key();
        String businessKey = done.getProcessInstanceId() == null ? null : history.createHistoricProcessInstanceQuery()
                .processInstanceId(done.getProcessInstanceId()).singleResult().getBusinessKey();
        var view = new TaskView(done.getId(), done.getName(), done.getTaskDefinitionKey(), processKey,
                done.getProcessInstanceId(), businessKey, historicGroups(done.getId()), done.getAssignee(),
                done.getStartTime().toInstant(), done.getDueDate() == null ? null : done.getDueDate().toInstant(),
                steps.name(done.getProcessDefinitionId(), done.getTaskDefinitionKey(), locale).orElse(null));
        return new TaskDetail(view, List.of(), TaskDetail.COMPLETED, done.getAssignee(), done.getEndTime().toInstant());
    }

    private Map<String, String> businessKeys(List<Task> rows) {
        return runningInstances.businessKeys(rows.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    }

    private TaskView view(Task task, String businessKey, List<String> groups, Locale locale) {
        String processKey = task.getProcessDefinitionId() == null ? null : processKeys.of(task.getProcessDefinitionId()).key();
        return new TaskView(task.getId(), task.getName(), task.getTaskDefinitionKey(), processKey,
                task.getProcessInstanceId(), businessKey, groups, task.getAssignee(),
                task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                steps.name(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), locale).orElse(null));
    }
}
