package id.satuatap.web;

import id.satuatap.audit.AuditLog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static id.satuatap.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Paging with a cursor while records are being added neither skips nor repeats what was there. */
@QuarkusTest
class PagingTest {

    @Inject AuditLog audit;

    @Test
    void insertsBetweenPagesNeitherSkipNorRepeat() {
        String subjectType = "PAGING-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            record(subjectType, "before-" + i);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = as("admin").queryParam("subjectType", subjectType).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/audit");
            seen.addAll(page.path("items.subjectId"));
            cursor = page.path("nextCursor");
            record(subjectType, "during-" + pages++);
        } while (cursor != null);

        List<String> before = seen.stream().filter(s -> s.startsWith("before-")).toList();
        assertEquals(5, before.size(), "every record that was there is seen: " + seen);
        assertEquals(seen.size(), new HashSet<>(seen).size(), "nothing is seen twice: " + seen);
    }

    private void record(String subjectType, String subjectId) {
        QuarkusTransaction.requiringNew().run(() -> audit.record("admin", "PAGING_TEST", subjectType, subjectId, null));
    }
}
