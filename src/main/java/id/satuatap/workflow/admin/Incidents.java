package id.satuatap.workflow.admin;

import id.satuatap.audit.AuditLog;
import id.satuatap.problem.ApiException;
import id.satuatap.web.Page;
import id.satuatap.web.PageRequest;
import id.satuatap.workflow.ProcessKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import java.util.*;
import java.util.stream.Collectors;

/**
 * Failed jobs whose retries ran out, and retrying them once the cause is fixed: a retry gives the job one
 * more attempt, due now, and the job executor runs it; if it fails again a new incident opens.
 */
@ApplicationScoped
public class Incidents {

    @Inject RuntimeService runtime;
    @Inject ManagementService management;
    @Inject ProcessKeys processKeys;
    @Inject AuditLog audit;

    public Page<IncidentView> list(PageRequest page, String processInstanceId, String processDefinitionId) {
        var query = runtime.createIncidentQuery();
        if (processInstanceId != null) {
            query.processInstanceId(processInstanceId);
        }
        if (processDefinitionId != null) {
            query.processDefinitionId(processDefinitionId);
        }
        List<Incident> incidents = query.orderByIncidentTimestamp().desc().orderByIncidentId().asc()
                .listPage(page.offset(), page.limit() + 1);
        Set<String> instanceIds = incidents.stream().map(Incident::getProcessInstanceId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, String> businessKeys = instanceIds.isEmpty() ? Map.of()
                : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                .filter(p -> p.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        return page.offsetPage(incidents.stream().map(i -> view(i, businessKeys.get(i.getProcessInstanceId()))).toList());
    }

    /** Retries all the given incidents, or none if one is unknown or cannot be retried. */
    @Transactional
    public RetryResult retry(List<String> incidentIds, String actor) {
        Map<String, String> jobByIncident = new LinkedHashMap<>();
        for (String id : incidentIds) {
            Incident incident = runtime.createIncidentQuery().incidentId(id).singleResult();
            if (incident == null) {
                throw ApiException.notFound("No open incident " + id);
            }
            jobByIncident.put(id, failedJob(incident));
        }
        List<String> jobIds = jobByIncident.values().stream().distinct().toList();
        management.setJobRetries(1).jobIds(jobIds).dueDate(ClockUtil.getCurrentTime()).execute();
        jobByIncident.forEach((incident, job) -> audit.record(actor, "INCIDENT_RETRIED", "incident", incident, "job=" + job));
        return new RetryResult(List.copyOf(jobByIncident.keySet()), jobIds);
    }

    /** The job behind an incident; an incident raised in a called process is retried at its root cause. */
    private String failedJob(Incident incident) {
        Incident root = incident.getRootCauseIncidentId() == null || incident.getRootCauseIncidentId().equals(incident.getId())
                ? incident : runtime.createIncidentQuery().incidentId(incident.getRootCauseIncidentId()).singleResult();
        if (root == null || !Incident.FAILED_JOB_HANDLER_TYPE.equals(root.getIncidentType())
                || management.createJobQuery().jobId(root.getConfiguration()).count() == 0) {
            throw ApiException.unprocessable("Incident " + incident.getId() + " is not a failed job and cannot be retried here");
        }
        return root.getConfiguration();
    }

    private IncidentView view(Incident incident, String businessKey) {
        ProcessKeys.Key key = incident.getProcessDefinitionId() == null ? null : processKeys.of(incident.getProcessDefinitionId());
        return new IncidentView(incident.getId(), incident.getIncidentType(), incident.getIncidentMessage(),
                incident.getIncidentTimestamp().toInstant(), incident.getProcessInstanceId(), businessKey,
                incident.getActivityId(), incident.getProcessDefinitionId(), key == null ? null : key.key(),
                key == null ? null : key.version(),
                Incident.FAILED_JOB_HANDLER_TYPE.equals(incident.getIncidentType()) ? incident.getConfiguration() : null);
    }
}
