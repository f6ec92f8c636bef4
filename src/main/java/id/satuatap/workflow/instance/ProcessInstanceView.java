package id.satuatap.workflow.instance;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/** A process instance: where it stands now and what has been done, by whom. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProcessInstanceView(String id, String processKey, int version, String businessKey, String state,
                                  Instant started, Instant ended, List<Activity> currentActivities,
                                  List<Activity> history) {

    public record Activity(String activityId, String name, String type, Instant start, Instant end, String assignee) {
    }

    public static ProcessInstanceView started(String id, String processKey, int version, String businessKey) {
        return new ProcessInstanceView(id, processKey, version, businessKey, "ACTIVE", null, null, null, null);
    }
}
