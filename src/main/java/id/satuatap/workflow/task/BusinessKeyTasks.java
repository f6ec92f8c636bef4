package id.satuatap.workflow.task;

import id.satuatap.workflow.RunningInstances;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

import java.util.List;
import java.util.Optional;

/**
 * A task query narrowed to the running instances with one business key (an application's document checks share
 * its key). The instances are found through the business key's index and the tasks by instance id: the engine's
 * own business-key filter joins every open task to its instance first, a scan of all open tasks on each call.
 */
@ApplicationScoped
public class BusinessKeyTasks {

    @Inject TaskService tasks;
    @Inject RunningInstances runningInstances;

    /** Empty when no instance with the key runs (the engine refuses an empty list of instance ids). */
    public Optional<TaskQuery> query(String businessKey) {
        List<String> instances = runningInstances.withBusinessKey(businessKey);
        return instances.isEmpty() ? Optional.empty()
                : Optional.of(tasks.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new)));
    }
}
