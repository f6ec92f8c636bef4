package id.satuatap.casework;

import id.satuatap.predeparture.RedFlagRaised;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static id.satuatap.casework.CaseFixtures.*;
import static id.satuatap.support.Api.as;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.*;

@QuarkusTest
class RedFlagCaseTest {

    @Inject Event<RedFlagRaised> redFlags;

    @Test
    void aRedFlagOpensAnUrgentTraffickingCase() {
        String workerId = registeredMan();
        String applicationId = UUID.randomUUID().toString();
        Instant raised = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> redFlags.fire(new RedFlagRaised(applicationId, workerId, "SA",
                List.of("BIRTH_DATE_MISMATCH", "UNDERAGE"), List.of("KTP and passport birth dates disagree"))));

        String caseId = QuarkusTransaction.requiringNew().call(() ->
                CaseRecord.<CaseRecord>find("sourceApplicationId", applicationId).singleResult().id);
        JsonPath file = read("pengaduan", caseId);
        assertEquals("TRAFFICKING", file.getString("category"));
        assertEquals("PRE_DEPARTURE", file.getString("stage"));
        assertEquals("REFERRAL", file.getString("channel"));
        assertTrue(file.getBoolean("urgent"));
        assertEquals(workerId, file.getString("workerId"));
        assertEquals(List.of("BIRTH_DATE_MISMATCH", "UNDERAGE"), file.getList("traffickingIndicators"));
        assertEquals("system", file.getString("timeline[0].actor"));
        Instant due = Instant.parse(file.getString("openTasks.find { it.taskDefinitionKey == 'triage-case' }.due"));
        assertTrue(due.isBefore(raised.plus(Duration.ofHours(4)).plusSeconds(60)), "triaged within the urgent time: " + due);

        as("pengaduan").queryParam("category", "TRAFFICKING").get("/api/v1/cases").then().statusCode(200)
                .body("items.id", hasItem(caseId));
        as("sbmi").get("/api/v1/cases").then().statusCode(200).body("items.id", not(hasItem(caseId)));
    }

    @Test
    void aCaseFailingToOpenRollsBackTheStopThatRaisedIt() {
        String applicationId = UUID.randomUUID().toString();
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> redFlags.fire(
                new RedFlagRaised(applicationId, "no-such-worker", "SA", List.of("UNDERAGE"), List.of("age")))));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> CaseRecord.count("sourceApplicationId", applicationId)));
    }
}
