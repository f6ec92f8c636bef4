package id.satuatap.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

import java.time.Duration;
import java.util.Date;
import java.util.List;

/**
 * Drives time in tests instead of sleeping: moves the engine clock and runs the jobs that are then due.
 * The test profile switches the job executor off, so only this runs jobs and tests stay deterministic.
 */
@ApplicationScoped
public class EngineClock {

    @Inject ManagementService management;

    public void advance(Duration duration) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
    }

    public void reset() {
        ClockUtil.reset();
    }

    /** Executes every due job, including jobs created by the jobs it runs; returns how many ran. */
    public int runDueJobs() {
        // One job at a time, re-queried: a job may delete others (an interrupting timer or error ends their scope).
        for (int ran = 0; ran < 1000; ran++) {
            List<Job> due = management.createJobQuery().executable().orderByJobDuedate().asc().listPage(0, 1);
            if (due.isEmpty()) {
                return ran;
            }
            management.executeJob(due.get(0).getId());
        }
        throw new IllegalStateException("jobs keep creating due jobs; a timer loop in a model?");
    }
}
