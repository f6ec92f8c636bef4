package id.satuatap.predeparture;

import id.satuatap.support.Metrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static id.satuatap.support.Api.as;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * A status view is kept while its application's view version stands, and every kind of change moves the version
 * in its own transaction: a change only the engine sees, one only the domain records see, and none that rolled back.
 */
@QuarkusTest
class StatusViewCacheTest {

    @Inject TaskService tasks;

    @Test
    void aRepeatedReadIsServedAsKeptWithTheSameETag() {
        Journey journey = Journey.womanAged(30).apply("disnaker");
        String firstTag = journey.view("disnaker").statusCode(200).extract().header("ETag");
        long version = version(journey.applicationId);
        double kept = kept();

        String secondTag = journey.view("disnaker").statusCode(200).body("stage", is("REGISTRATION"))
                .extract().header("ETag");

        assertEquals(firstTag, secondTag);
        assertEquals(version, version(journey.applicationId), "a read must not move the version");
        assertEquals(kept + 1, kept(), "the second read is served from the kept view");
        as("disnaker").header("If-None-Match", secondTag).get("/api/v1/applications/" + journey.applicationId)
                .then().statusCode(304);
        String indonesian = journey.view("disnaker").extract().path("statusText");
        as("disnaker").header("Accept-Language", "en").get("/api/v1/applications/" + journey.applicationId)
                .then().statusCode(200).body("statusText", not(indonesian));
    }

    @Test
    void aChangeOnlyTheEngineSeesShowsAtOnce() {
        Journey journey = Journey.womanAged(31).apply("disnaker");
        journey.view("disnaker").body("openTasks[0].assignee", nullValue());
        journey.view("disnaker"); // kept from here on
        long version = version(journey.applicationId);
        String task = journey.task("disnaker", "check-job-order");

        // No domain record changes: only the engine's task row and its history.
        QuarkusTransaction.requiringNew().run(() -> tasks.setAssignee(task, "disnaker"));

        assertTrue(version(journey.applicationId) > version);
        journey.view("disnaker").body("openTasks[0].assignee", is("disnaker"));
    }

    @Test
    void aChangeOnlyTheDomainSeesShowsAtOnce() {
        Journey journey = Journey.womanAged(32).apply("disnaker");
        journey.view("disnaker").body("redFlags", empty());
        journey.view("disnaker");
        long version = version(journey.applicationId);

        QuarkusTransaction.requiringNew().run(() -> flag(journey.applicationId).persist());

        assertTrue(version(journey.applicationId) > version);
        journey.view("disnaker").body("redFlags", hasSize(1)).body("redFlags[0].kinds", contains("UNDERAGE"));
    }

    @Test
    void aChangeThatRolledBackLeavesTheVersionAndTheView() {
        Journey journey = Journey.womanAged(33).apply("disnaker");
        String tag = journey.view("disnaker").extract().header("ETag");
        long version = version(journey.applicationId);

        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            flag(journey.applicationId).persist();
            RedFlag.getEntityManager().flush(); // the version was moved inside the transaction
            throw new IllegalStateException("abandoned");
        }));

        assertEquals(version, version(journey.applicationId));
        assertEquals(tag, journey.view("disnaker").body("redFlags", empty()).extract().header("ETag"));
    }

    private static RedFlag flag(String applicationId) {
        RedFlag flag = new RedFlag();
        flag.applicationId = applicationId;
        flag.raisedAt = Instant.now();
        flag.kinds = List.of("UNDERAGE");
        flag.evidence = List.of("test evidence");
        return flag;
    }

    private static long version(String applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(applicationId).viewVersion);
    }

    private static double kept() {
        return Metrics.value(Metrics.scrape(), "satuatap_application_views_total{result=\"kept\"}");
    }
}
