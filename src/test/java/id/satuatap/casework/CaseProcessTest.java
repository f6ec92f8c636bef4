package id.satuatap.casework;

import id.satuatap.casework.CaseAccess.Viewer;
import id.satuatap.security.Role;
import id.satuatap.support.EngineClock;
import id.satuatap.workflow.JsonListSerializer;
import id.satuatap.worker.Sex;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

/** The paths of case-handling.bpmn and partner-referral.bpmn, driven through the engine. */
@QuarkusTest
class CaseProcessTest {

    private static final Viewer PENGADUAN = new Viewer("pengaduan", Role.DESK, Set.of("PENGADUAN"), null);

    @Inject CaseIntake intake;
    @Inject RuntimeService runtime;
    @Inject TaskService tasks;
    @Inject HistoryService history;
    @Inject EngineClock clock;
    @Inject CaseJobs jobs;
    @Inject CaseworkConfig config;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private CaseIntake.Opened openCase(Stage stage, String country) {
        var request = new CaseRequest(Channel.HOTLINE, new CaseRequest.Reporter(ReporterType.FAMILY, "Ibu Sari", null), null,
                new CaseRequest.Person("Rina", null, Sex.FEMALE), stage, country, "3209", CaseCategory.UNPAID_WAGES,
                "Salary not paid since March", new CaseRequest.Consent(true, true), "jv", null, null);
        return intake.file(PENGADUAN, request);
    }

    /** A referral chain for one service on its own, as case handling calls it. */
    private String startChain(String caseId, String service, Map<String, Object>... kinds) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("caseId", caseId);
        variables.put("service", service);
        variables.put("partnerKinds", new ArrayList<>(Arrays.asList(kinds)));
        variables.put("referralSla", "PT48H");
        return runtime.startProcessInstanceByKey("partner-referral", caseId, variables).getId();
    }

    private static Map<String, Object> kind(String kind, int priority) {
        return new HashMap<>(Map.of("partnerKind", kind, "priority", priority));
    }

    private Task openTask(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    }

    private Task caseTask(String caseId, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseId).taskDefinitionKey(key).singleResult();
    }

    private List<String> groups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).filter(Objects::nonNull)
                .sorted().toList();
    }

    private List<String> passed(String processInstanceId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).finished().list().stream()
                .map(HistoricActivityInstance::getActivityId).toList();
    }

    private ReferralStatus status(String processInstanceId, String partner) {
        return QuarkusTransaction.requiringNew().call(() -> Referral.<Referral>find("processInstanceId = ?1 and partnerCode = ?2",
                processInstanceId, partner).singleResult().status);
    }

    private void triage(String caseId, boolean urgent) {
        tasks.complete(caseTask(caseId, "triage-case").getId(),
                Map.of("category", "UNPAID_WAGES", "urgent", urgent, "legalService", "NONE"));
    }

    @Test
    void aDeclineOffersTheReferralToTheNextKind() {
        String chain = startChain(openCase(Stage.ABROAD, "MY").id(), "CASE_ADVOCACY", kind("BP2MI", 2), kind("UNION", 1));
        assertEquals(List.of("SBMI"), groups(openTask(chain)));
        tasks.complete(openTask(chain).getId(), Map.of("accepted", false, "declineReason", "full"));
        assertEquals(ReferralStatus.DECLINED, status(chain, "SBMI"));
        assertTrue(passed(chain).contains("retry-join"));
        assertEquals(List.of("BP2MI_CRISIS"), groups(openTask(chain)));
    }

    @Test
    void anOfferPastItsSlaExpiresAndMovesOn() {
        String caseId = openCase(Stage.ABROAD, "MY").id();
        String chain = startChain(caseId, "CONSULAR_ASSISTANCE", kind("EMBASSY", 1), kind("BP2MI", 2));
        assertEquals(List.of("KBRI_KUALA_LUMPUR"), groups(openTask(chain)));
        clock.advance(Duration.ofHours(48).plusMinutes(1));
        jobs.runDue(caseId);
        assertEquals(ReferralStatus.EXPIRED, status(chain, "KBRI_KUALA_LUMPUR"));
        assertTrue(passed(chain).contains("referral-sla-passed"));
        assertEquals(List.of("BP2MI_CRISIS"), groups(openTask(chain)));
    }

    @Test
    void whenNobodyIsLeftTheCoordinatorArrangesIt() {
        String chain = startChain(openCase(Stage.RETURNED, null).id(), "CASE_ADVOCACY", kind("UNION", 1), kind("BP2MI", 2));
        tasks.complete(openTask(chain).getId(), Map.of("accepted", false, "declineReason", "full"));
        assertEquals(List.of("COORDINATOR"), groups(openTask(chain)), "BP2MI does not cover a returned worker's regency");
        assertEquals("arrange-referral", openTask(chain).getTaskDefinitionKey());
        tasks.complete(openTask(chain).getId(), Map.of("arrangement", "Village head mediates"));
        assertTrue(passed(chain).contains("referral-arranged"));
        assertNull(runtime.createProcessInstanceQuery().processInstanceId(chain).singleResult());
    }

    @Test
    void aDeliveredReferralEndsTheChain() {
        String chain = startChain(openCase(Stage.RETURNED, null).id(), "CASE_ADVOCACY", kind("UNION", 1));
        tasks.complete(openTask(chain).getId(), Map.of("accepted", true));
        assertEquals(ReferralStatus.ACCEPTED, status(chain, "SBMI"));
        assertEquals("deliver-service", openTask(chain).getTaskDefinitionKey());
        assertEquals(List.of("SBMI"), groups(openTask(chain)));
        tasks.complete(openTask(chain).getId(), Map.of("deliveredOn", new java.util.Date(), "deliveredWhat", "Wage claim filed"));
        assertEquals(ReferralStatus.DELIVERED, status(chain, "SBMI"));
        assertTrue(passed(chain).contains("service-delivered"));
        assertNull(runtime.createProcessInstanceQuery().processInstanceId(chain).singleResult());
    }

    @Test
    void anAcceptedReferralNotDeliveredInTimeMovesOnLikeAnUnansweredOne() {
        String caseId = openCase(Stage.ABROAD, "MY").id();
        String chain = startChain(caseId, "CASE_ADVOCACY", kind("UNION", 1), kind("BP2MI", 2));
        tasks.complete(openTask(chain).getId(), Map.of("accepted", true));
        clock.advance(Duration.ofDays(13));
        jobs.runDue(caseId);
        assertEquals(ReferralStatus.ACCEPTED, status(chain, "SBMI"), "not yet overdue");
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        jobs.runDue(caseId);
        assertEquals(ReferralStatus.UNDELIVERED, status(chain, "SBMI"));
        assertTrue(passed(chain).contains("delivery-overdue"));
        assertEquals(List.of("BP2MI_CRISIS"), groups(openTask(chain)));
        assertEquals("answer-referral", openTask(chain).getTaskDefinitionKey());
    }

    @Test
    void anUrgentCaseGoesToTheCoordinatorAndTheEmbassyFirst() {
        CaseIntake.Opened opened = openCase(Stage.ABROAD, "MY");
        triage(opened.id(), true);
        Task urgent = caseTask(opened.id(), "coordinate-urgent-response");
        assertEquals(List.of("COORDINATOR", "KBRI_KUALA_LUMPUR"), groups(urgent));
        assertNotNull(urgent.getDueDate());
        assertNull(caseTask(opened.id(), "answer-referral"), "referrals wait for the urgent response");
        tasks.complete(urgent.getId(), Map.of("actionTaken", "Shelter", "personSafe", true));
        assertTrue(passed(opened.processInstanceId()).containsAll(List.of("alert-urgent-responders", "record-urgent-response")));
        assertFalse(tasks.createTaskQuery().processInstanceBusinessKey(opened.id()).taskDefinitionKey("answer-referral").list().isEmpty());
    }

    @Test
    void anUrgentResponseStillOpenAtItsDueTimeGoesUpToTheCrisisCentre() {
        CaseIntake.Opened opened = openCase(Stage.ABROAD, "MY");
        triage(opened.id(), true);
        clock.advance(config.urgentResponseTime().minusMinutes(1));
        jobs.runDue(opened.id());
        Task urgent = caseTask(opened.id(), "coordinate-urgent-response");
        assertEquals(List.of("COORDINATOR", "KBRI_KUALA_LUMPUR"), groups(urgent), "not before its due time");

        clock.advance(Duration.ofMinutes(2));
        jobs.runDue(opened.id());
        urgent = caseTask(opened.id(), "coordinate-urgent-response");
        assertEquals(List.of("BP2MI_CRISIS", "COORDINATOR", "KBRI_KUALA_LUMPUR"), groups(urgent));
        assertEquals(UrgentResponseEscalation.TOP_PRIORITY, urgent.getPriority());
        List<String> alerts = QuarkusTransaction.requiringNew().call(() -> CaseEvent.<CaseEvent>list(
                "caseId = ?1 and step = ?2 order by seq", opened.id(), TimelineStep.URGENT_ALERT).stream().map(e -> e.detail).toList());
        assertEquals(List.of("authority=KBRI_KUALA_LUMPUR", "overdue; escalated to=BP2MI_CRISIS"), alerts);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> CaseRecord.<CaseRecord>findById(opened.id())
                .involvedOrganisations.contains("BP2MI_CRISIS")), "the crisis centre may now read the case");
    }

    @Test
    void aCaseNotAtRiskSkipsTheUrgentPath() {
        CaseIntake.Opened opened = openCase(Stage.RETURNED, null);
        triage(opened.id(), false);
        assertFalse(passed(opened.processInstanceId()).contains("alert-urgent-responders"));
        assertNotNull(caseTask(opened.id(), "answer-referral"));
    }

    @Test
    void decisionResultsKeptAsVariablesAreStoredAsJson() {
        CaseIntake.Opened opened = openCase(Stage.RETURNED, null);
        triage(opened.id(), false);
        ObjectValue services = runtime.getVariableTyped(opened.processInstanceId(), "services", false);
        assertEquals(JsonListSerializer.FORMAT, services.getSerializationDataFormat());
        assertTrue(services.getValueSerialized().contains("\"CASE_ADVOCACY\""), services.getValueSerialized());
        ObjectValue kinds = runtime.getVariableTyped(caseTask(opened.id(), "answer-referral").getProcessInstanceId(),
                "partnerKinds", false);
        assertEquals(JsonListSerializer.FORMAT, kinds.getSerializationDataFormat());
        assertTrue(kinds.getValueSerialized().startsWith("[{"), kinds.getValueSerialized());
    }

    private CaseIntake.Opened closedCase() {
        CaseIntake.Opened opened = openCase(Stage.RETURNED, null);
        triage(opened.id(), false);
        tasks.complete(caseTask(opened.id(), "answer-referral").getId(), Map.of("accepted", true));
        tasks.complete(caseTask(opened.id(), "deliver-service").getId(), Map.of("deliveredOn", new java.util.Date(), "deliveredWhat", "paid"));
        tasks.complete(caseTask(opened.id(), "follow-up-case").getId(), Map.of("followUpNote", "paid", "readyToClose", true));
        tasks.complete(caseTask(opened.id(), "close-case").getId(), Map.of("outcome", "RESOLVED"));
        assertTrue(passed(opened.processInstanceId()).contains("record-closure"));
        return opened;
    }

    @Test
    void theEngineKeepsNoVariableHistorySoFreeTextLivesOnlyInRestrictedNotes() {
        CaseIntake.Opened opened = closedCase();
        String instance = opened.processInstanceId();
        assertEquals(0, history.createHistoricVariableInstanceQuery().processInstanceId(instance).count());
        assertEquals(0, history.createHistoricDetailQuery().processInstanceId(instance).count(),
                "the follow-up note went into a restricted note, and no copy of it into the engine's history");
        assertEquals(List.of("paid"), QuarkusTransaction.requiringNew().call(() -> CaseNote.<CaseNote>list("caseId", opened.id())
                .stream().map(n -> n.text).toList()));
        assertEquals(3, history.createHistoricTaskInstanceQuery().processInstanceId(instance).finished().count(),
                "tasks are still in history");
        assertTrue(history.createHistoricDecisionInstanceQuery().processInstanceId(instance).count() > 0,
                "and the routing decision with its inputs");
    }

    @Test
    void aClosedCaseReopensIntoFollowUp() {
        CaseIntake.Opened opened = closedCase();
        runtime.createMessageCorrelation(CaseFiles.REOPEN_MESSAGE).processInstanceBusinessKey(opened.id()).correlate();
        assertTrue(passed(opened.processInstanceId()).containsAll(List.of("case-reopened", "record-reopening")));
        assertFalse(passed(opened.processInstanceId()).contains("reschedule-triage"));
        assertNotNull(caseTask(opened.id(), "follow-up-case"));
        assertEquals(CaseStatus.IN_PROGRESS,
                QuarkusTransaction.requiringNew().call(() -> CaseRecord.<CaseRecord>findById(opened.id()).status));
    }

    @Test
    void aCaseReopenedWithNewFactsIsTriagedAgainAndGoesThroughTheUrgentPath() {
        CaseIntake.Opened opened = closedCase();
        clock.advance(Duration.ofDays(10));
        runtime.createMessageCorrelation(CaseFiles.REOPEN_MESSAGE).processInstanceBusinessKey(opened.id())
                .setVariable(CaseFiles.RETRIAGE, true).correlate();
        Task triage = caseTask(opened.id(), "triage-case");
        assertNotNull(triage);
        assertTrue(passed(opened.processInstanceId()).contains("reschedule-triage"));
        assertNull(caseTask(opened.id(), "follow-up-case"));
        assertEquals(CaseClock.now().plus(config.triageTime()).toEpochMilli(), triage.getDueDate().getTime(),
                "a fresh triage time, not the first triage's long-passed one");
        assertEquals(CaseStatus.OPEN, QuarkusTransaction.requiringNew().call(() -> CaseRecord.<CaseRecord>findById(opened.id()).status));

        triage(opened.id(), true);
        assertNotNull(caseTask(opened.id(), "coordinate-urgent-response"), "the new triage decides the path again");
        assertEquals(CaseStatus.IN_PROGRESS,
                QuarkusTransaction.requiringNew().call(() -> CaseRecord.<CaseRecord>findById(opened.id()).status));
    }

    @Test
    void aClosedCaseIsArchivedWhenTheReopenWindowPasses() {
        CaseIntake.Opened opened = closedCase();
        clock.advance(Duration.ofDays(91));
        jobs.runDue(opened.id());
        assertTrue(passed(opened.processInstanceId()).contains("case-archived"));
        assertThrows(MismatchingMessageCorrelationException.class, () -> runtime.createMessageCorrelation(CaseFiles.REOPEN_MESSAGE)
                .processInstanceBusinessKey(opened.id()).correlate());
    }
}
