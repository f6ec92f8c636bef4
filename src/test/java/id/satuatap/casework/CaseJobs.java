package id.satuatap.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import java.util.List;

/**
 * Runs the due jobs of one case's processes only (after {@code EngineClock.advance}): timers of other tests'
 * processes, in this shared database, are none of these tests' business.
 */
@ApplicationScoped
public class CaseJobs {

    @Inject RuntimeService runtime;
    @Inject ManagementService management;

    public int runDue(String caseId) {
        int ran = 0;
        for (int round = 0; round < 20; round++) {
            List<String> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).list().stream()
                    .map(ProcessInstance::getId).toList();
            List<Job> due = instances.stream()
                    .flatMap(id -> management.createJobQuery().processInstanceId(id).executable().list().stream()).toList();
            if (due.isEmpty()) {
                return ran;
            }
            for (Job job : due) {
                management.executeJob(job.getId());
                ran++;
            }
        }
        throw new IllegalStateException("jobs of case " + caseId + " keep creating due jobs");
    }
}
