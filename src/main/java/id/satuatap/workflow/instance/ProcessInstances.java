package id.satuatap.workflow.instance;

import id.satuatap.problem.ApiException;
import id.satuatap.problem.FieldError;
import id.satuatap.workflow.EngineUser;
import id.satuatap.workflow.ProcessKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

import java.math.BigDecimal;
import java.util.*;

/** Starts process instances and shows their state and history. */
@ApplicationScoped
public class ProcessInstances {

    @Inject RuntimeService runtime;
    @Inject RepositoryService repository;
    @Inject HistoryService history;
    @Inject ProcessKeys processKeys;
    @Inject EngineUser engineUser;

    @Transactional
    public ProcessInstanceView start(String username, List<String> groups, StartProcessRequest request) {
        var definition = repository.createProcessDefinitionQuery().processDefinitionKey(request.processKey())
                .latestVersion().singleResult();
        if (definition == null) {
            throw ApiException.notFound("No process with key " + request.processKey());
        }
        if (definition.isSuspended()) {
            throw ApiException.unprocessable("Process " + request.processKey() + " is suspended; new starts are refused");
        }
        Map<String, Object> variables = plainVariables(request.variables());
        var instance = engineUser.as(username, groups, () ->
                runtime.startProcessInstanceById(definition.getId(), request.businessKey(), variables));
        return ProcessInstanceView.started(instance.getId(), definition.getKey(), definition.getVersion(),
                instance.getBusinessKey());
    }

    /**
     * The instance and its activities in two plain statements through the engine's native queries: its historic
     * queries build their dynamic SQL through OGNL on every call, which was most of the CPU of this read.
     */
    public Optional<ProcessInstanceView> find(String id) {
        HistoricProcessInstance instance = history.createNativeHistoricProcessInstanceQuery()
                .sql("SELECT * FROM ACT_HI_PROCINST WHERE ID_ = #{id}").parameter("id", id).singleResult();
        if (instance == null) {
            return Optional.empty();
        }
        // Start time, then the engine's sequence counter for activities that started in the same millisecond.
        List<HistoricActivityInstance> activities = history.createNativeHistoricActivityInstanceQuery()
                .sql("SELECT * FROM ACT_HI_ACTINST WHERE PROC_INST_ID_ = #{id} ORDER BY START_TIME_ ASC, SEQUENCE_COUNTER_ ASC")
                .parameter("id", id).list();
        List<ProcessInstanceView.Activity> current = activities.stream().filter(a -> a.getEndTime() == null)
                .map(ProcessInstances::activity).toList();
        List<ProcessInstanceView.Activity> done = activities.stream().filter(a -> a.getEndTime() != null)
                .map(ProcessInstances::activity).toList();
        var key = processKeys.of(instance.getProcessDefinitionId());
        return Optional.of(new ProcessInstanceView(instance.getId(), key.key(), key.version(), instance.getBusinessKey(),
                instance.getState(), instance.getStartTime().toInstant(),
                instance.getEndTime() == null ? null : instance.getEndTime().toInstant(), current, done));
    }

    private static ProcessInstanceView.Activity activity(HistoricActivityInstance a) {
        return new ProcessInstanceView.Activity(a.getActivityId(), a.getActivityName(), a.getActivityType(),
                a.getStartTime().toInstant(), a.getEndTime() == null ? null : a.getEndTime().toInstant(), a.getAssignee());
    }

    /** Start variables are data, not objects: strings, numbers and booleans only. */
    private static Map<String, Object> plainVariables(Map<String, Object> submitted) {
        if (submitted == null) {
            return Map.of();
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> variables = new LinkedHashMap<>();
        submitted.forEach((name, value) -> {
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]{0,63}")) {
                errors.add(new FieldError("variables." + name, "is not a valid variable name"));
            } else if (value instanceof BigDecimal decimal) {
                variables.put(name, decimal.doubleValue());
            } else if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                    || value instanceof Long || value instanceof Double) {
                variables.put(name, value);
            } else {
                errors.add(new FieldError("variables." + name, "must be a string, number, boolean or null"));
            }
        });
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return variables;
    }
}
