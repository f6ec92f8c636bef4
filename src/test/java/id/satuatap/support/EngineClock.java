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
        int ran = 0;
        for (int round = 0; round < 50; round++) {
            List<Job> due = management.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return ran;
            }
            for (Job job : due) {
                management.executeJob(job.getId());
                ran++;
            }
        }
        throw new IllegalStateException("jobs keep creating due jobs; a timer loop in a model?");
    }
}
