package id.satuatap.workflow;

import id.satuatap.support.EngineClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * History is kept for the model's time-to-live counted from the end of the instance: the nightly cleanup removes
 * finished instances past it and never the history of an instance that still runs, however old.
 */
@QuarkusTest
class HistoryRetentionTest {

    @Inject RepositoryService repository;
    @Inject RuntimeService runtime;
    @Inject TaskService tasks;
    @Inject HistoryService history;
    @Inject ManagementService management;
    @Inject EngineClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void cleanupRemovesFinishedInstancesPastTheirTimeToLiveAndKeepsRunningOnes() {
        repository.createDeployment().name("retention-probe").addModelInstance("retention-probe.bpmn",
                Bpmn.createExecutableProcess("retention-probe").camundaHistoryTimeToLive(1)
                        .startEvent().userTask("work").name("Do work").endEvent().done()).deploy();
        String finished = runtime.startProcessInstanceByKey("retention-probe").getId();
        String running = runtime.startProcessInstanceByKey("retention-probe").getId();
        tasks.complete(tasks.createTaskQuery().processInstanceId(finished).singleResult().getId());

        // Retention is counted at cleanup time from the end; nothing is written back into history when it ends.
        assertNull(history.createHistoricProcessInstanceQuery().processInstanceId(finished).singleResult().getRemovalTime());

        clock.advance(Duration.ofDays(2));
        Job cleanup = history.cleanUpHistoryAsync(true);
        try {
            management.executeJob(cleanup.getId());
        } finally {
            management.deleteJob(cleanup.getId());
        }

        assertEquals(0, history.createHistoricProcessInstanceQuery().processInstanceId(finished).count());
        assertEquals(0, history.createHistoricTaskInstanceQuery().processInstanceId(finished).count());
        assertEquals(1, history.createHistoricProcessInstanceQuery().processInstanceId(running).count(),
                "an instance older than its time-to-live that still runs keeps its history");
        assertEquals(2, history.createHistoricActivityInstanceQuery().processInstanceId(running).count());
        runtime.deleteProcessInstance(running, "test done");
    }
}
