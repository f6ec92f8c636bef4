package id.satuatap.casework;

import id.satuatap.casework.CaseAccess.Viewer;
import id.satuatap.security.Role;
import id.satuatap.worker.Sex;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** A trafficking victim abroad: repatriation first, and once she is home, reintegration. */
@QuarkusTest
class ReturnPathTest {

    private static final Viewer PENGADUAN = new Viewer("pengaduan", Role.DESK, Set.of("PENGADUAN"), null);
    private static final Set<String> RETURNEE_SERVICES = Set.of("ECONOMIC_REINTEGRATION", "PSYCHOSOCIAL_REINTEGRATION");

    @Inject CaseIntake intake;
    @Inject RuntimeService runtime;
    @Inject TaskService tasks;
    @Inject HistoryService history;

    @Test
    void aTraffickingVictimAbroadIsRepatriatedAndThenReintegrated() {
        var request = new CaseRequest(Channel.HOTLINE, new CaseRequest.Reporter(ReporterType.FAMILY, "Ibu Sari", null), null,
                new CaseRequest.Person("Rina", null, Sex.FEMALE), Stage.ABROAD, "MY", "3209", CaseCategory.TRAFFICKING,
                "Held in a house in Johor, passport taken", new CaseRequest.Consent(true, true), "id", null, null);
        CaseIntake.Opened opened = intake.file(PENGADUAN, request);
        tasks.complete(caseTask(opened.id(), "triage-case").getId(), Map.of("category", "TRAFFICKING", "urgent", false,
                "legalService", "NONE", "indicatorDocumentsWithheld", true, "indicatorConfinement", true));

        assertEquals(Set.of("CONSULAR_ASSISTANCE", "REPATRIATION", "PSYCHOSOCIAL_SUPPORT", "SHELTER", "INVESTIGATION"),
                services(opened.id()), "abroad she needs the embassy, repatriation, a shelter, counselling and the police");
        assertEquals(Set.of("KBRI_KUALA_LUMPUR"), partnersFor(opened.id(), "SHELTER"), "abroad, the embassy's shelter");
        assertEquals(Set.of("BP2MI_CRISIS"), partnersFor(opened.id(), "REPATRIATION"));

        // Every partner accepts and delivers what it was asked for; nobody is asked for a returnee's service yet.
        workFirstRound(opened.id());

        CaseRecord record = QuarkusTransaction.requiringNew().call(() -> CaseRecord.<CaseRecord>findById(opened.id()));
        assertEquals(Stage.RETURNED, record.stage, "the delivered repatriation brought her home");
        List<Referral> referrals = referrals(opened.id());
        Instant repatriated = referrals.stream().filter(r -> r.service.equals("REPATRIATION")).findFirst().orElseThrow().deliveredAt;
        Set<String> afterReturn = referrals.stream().filter(r -> r.offeredAt.isAfter(repatriated) || r.offeredAt.equals(repatriated))
                .map(r -> r.service).collect(Collectors.toSet());
        assertEquals(RETURNEE_SERVICES, afterReturn, "at home: reintegration, and nothing she was already given again");
        assertEquals(Set.of("SBMI"), partnersFor(opened.id(), "ECONOMIC_REINTEGRATION"));
        assertEquals(Set.of("WCC"), partnersFor(opened.id(), "PSYCHOSOCIAL_REINTEGRATION"), "a woman survivor: the crisis centre");
        assertTrue(passed(opened.processInstanceId()).contains("check-return-home"));
        assertEquals(2, passed(opened.processInstanceId()).stream().filter("decide-services"::equals).count());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> CaseEvent.<CaseEvent>list("caseId", opened.id()))
                .stream().anyMatch(e -> e.step == TimelineStep.RETURNED_HOME));
        assertNull(caseTask(opened.id(), "follow-up-case"), "follow-up waits until the returnee's services are given");
    }

    private void workFirstRound(String caseId) {
        for (int step = 0; step < 40; step++) {
            List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(caseId).list().stream()
                    .filter(t -> !RETURNEE_SERVICES.contains(runtime.getVariable(t.getExecutionId(), "service")))
                    .filter(t -> !t.getTaskDefinitionKey().equals("follow-up-case")).toList();
            if (open.isEmpty()) {
                return;
            }
            Task task = open.get(0);
            switch (task.getTaskDefinitionKey()) {
                case "answer-referral" -> tasks.complete(task.getId(), Map.of("accepted", true));
                case "deliver-service" -> tasks.complete(task.getId(),
                        Map.of("deliveredOn", new Date(), "deliveredWhat", "Done"));
                case "arrange-referral" -> tasks.complete(task.getId(), Map.of("arrangement", "Arranged by phone"));
                case "coordinate-urgent-response" -> tasks.complete(task.getId(),
                        Map.of("actionTaken", "Embassy called", "personSafe", true));
                default -> fail("unexpected task " + task.getTaskDefinitionKey());
            }
        }
        fail("the first round of referrals did not end");
    }

    private Set<String> services(String caseId) {
        return referrals(caseId).stream().map(r -> r.service).collect(Collectors.toSet());
    }

    private Set<String> partnersFor(String caseId, String service) {
        return referrals(caseId).stream().filter(r -> r.service.equals(service)).map(r -> r.partnerCode)
                .collect(Collectors.toSet());
    }

    private static List<Referral> referrals(String caseId) {
        return QuarkusTransaction.requiringNew().call(() -> Referral.<Referral>list("caseId = ?1 order by offeredAt", caseId));
    }

    private Task caseTask(String caseId, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseId).taskDefinitionKey(key).singleResult();
    }

    private List<String> passed(String processInstanceId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).finished().list().stream()
                .map(HistoricActivityInstance::getActivityId).toList();
    }
}
