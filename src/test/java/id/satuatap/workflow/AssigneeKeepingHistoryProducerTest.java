package id.satuatap.workflow;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The history of a user task names who worked on it, whether the claim and the completion share a command or not. */
@QuarkusTest
class AssigneeKeepingHistoryProducerTest {

    @Inject RepositoryService repository;
    @Inject RuntimeService runtime;
    @Inject TaskService tasks;
    @Inject HistoryService history;
    @Inject EngineCommand engineCommand;

    @BeforeEach
    void deploy() {
        repository.createDeployment().name("assignee-probe").enableDuplicateFiltering(true)
                .addModelInstance("assignee-probe.bpmn", Bpmn.createExecutableProcess("assignee-probe")
                        .camundaHistoryTimeToLive(1).startEvent().userTask("work").name("Do work").endEvent().done())
                .deploy();
    }

    @Test
    void claimAndCompletionInOneCommandKeepTheAssigneeOnTheActivity() {
        String instance = runtime.startProcessInstanceByKey("assignee-probe").getId();
        String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();

        engineCommand.run(() -> {
            tasks.claim(task, "dukcapil");
            tasks.complete(task);
            return null;
        });

        HistoricActivityInstance work = work(instance);
        assertNotNull(work.getEndTime(), "the activity ended");
        assertEquals("dukcapil", work.getAssignee());
        assertEquals(task, work.getTaskId());
        assertEquals("dukcapil", history.createHistoricTaskInstanceQuery().taskId(task).singleResult().getAssignee());
    }

    @Test
    void anAssigneeFromAnEarlierCommandStaysWhenTheActivityEnds() {
        String instance = runtime.startProcessInstanceByKey("assignee-probe").getId();
        String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
        tasks.claim(task, "imigrasi");

        tasks.complete(task);

        HistoricActivityInstance work = work(instance);
        assertNotNull(work.getEndTime());
        assertEquals("imigrasi", work.getAssignee());
    }

    private HistoricActivityInstance work(String instance) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance).activityId("work").singleResult();
    }
}
