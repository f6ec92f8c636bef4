package id.satuatap.workflow;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.satuatap.support.Api.anonymous;
import static id.satuatap.support.Api.as;
import static id.satuatap.support.Metrics.scrape;
import static id.satuatap.support.Metrics.value;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Prometheus text at /q/metrics: HTTP timings by route template, pool and JVM figures, engine gauges. */
@QuarkusTest
class MetricsTest {

    @Inject TaskService tasks;
    @Inject RuntimeService runtime;
    @Inject ManagementService management;

    @Test
    void engineGaugesFollowTheEngine() {
        String before = scrape();
        String id = as("admin").body(Map.of("processKey", "sample-desk-review", "businessKey", "M-" + UUID.randomUUID()))
                .post("/api/v1/process-instances").then().statusCode(201).extract().path("id");
        String after = scrape();
        assertEquals(value(before, "satuatap_tasks_open{group=\"DISNAKER\"}") + 1,
                value(after, "satuatap_tasks_open{group=\"DISNAKER\"}"), "the new DISNAKER task is counted");
        assertEquals(value(before, "satuatap_tasks_open{group=\"DUKCAPIL\"}"),
                value(after, "satuatap_tasks_open{group=\"DUKCAPIL\"}"), "other desks are not");

        String taskId = tasks.createTaskQuery().processInstanceId(id).singleResult().getId();
        tasks.setDueDate(taskId, Date.from(Instant.now().minusSeconds(3600)));
        runtime.createIncident("bench-check", id, "metrics test");
        String batchId = runtime.deleteProcessInstancesAsync(List.of(id), "metrics test").getId();
        try {
            String later = scrape();
            assertEquals(value(after, "satuatap_tasks_overdue") + 1, value(later, "satuatap_tasks_overdue"));
            assertEquals(value(after, "satuatap_incidents_open") + 1, value(later, "satuatap_incidents_open"));
            assertEquals(value(after, "satuatap_jobs_executable") + 1, value(later, "satuatap_jobs_executable"),
                    "the batch's seed job waits for the job executor, which is off in tests");
        } finally {
            management.deleteBatch(batchId, true);
            runtime.deleteProcessInstance(id, "metrics test");
        }
    }

    @Test
    void httpTimingsAreLabelledWithTheRouteTemplateNotTheId() {
        String id = as("admin").body(Map.of("processKey", "sample-desk-review"))
                .post("/api/v1/process-instances").then().statusCode(201).extract().path("id");
        as("admin").get("/api/v1/process-instances/" + id).then().statusCode(200);

        String metrics = scrape();
        org.hamcrest.MatcherAssert.assertThat(metrics, containsString("uri=\"/api/v1/process-instances/{id}\""));
        org.hamcrest.MatcherAssert.assertThat(metrics, org.hamcrest.Matchers.not(containsString(id)));
        org.hamcrest.MatcherAssert.assertThat(metrics, containsString("agroal_active_count"));
        org.hamcrest.MatcherAssert.assertThat(metrics, containsString("jvm_memory_used_bytes"));
    }

    @Test
    void onlyAnAdministratorReadsMetrics() {
        anonymous().get("/q/metrics").then().statusCode(401);
        as("disnaker").get("/q/metrics").then().statusCode(403);
        as("coordinator").get("/q/metrics").then().statusCode(403);
    }
}
