package id.satuatap.casework;

import id.satuatap.casework.CaseAccess.CaseFacts;
import id.satuatap.casework.CaseAccess.Viewer;
import id.satuatap.partner.PartnerType;
import id.satuatap.problem.ApiException;
import id.satuatap.security.Role;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class CaseAccessTest {

    private static final Viewer PENGADUAN = new Viewer("pengaduan", Role.DESK, Set.of("PENGADUAN"), null);
    private static final Viewer DISNAKER = new Viewer("disnaker", Role.DESK, Set.of("DISNAKER"), null);
    private static final Viewer COORDINATOR = new Viewer("coordinator", Role.COORDINATOR, Set.of("COORDINATOR"), null);
    private static final Viewer SBMI = new Viewer("sbmi", Role.PARTNER, Set.of("SBMI"), null);
    private static final Viewer WCC = new Viewer("wcc", Role.PARTNER, Set.of("WCC"), null);
    private static final Viewer WORKER = new Viewer("worker1", Role.WORKER, Set.of(), "w-1");
    private static final Viewer OTHER_WORKER = new Viewer("worker2", Role.WORKER, Set.of(), "w-2");

    private static CaseFacts facts(Set<String> involved, Set<String> accepted, boolean partners, boolean authorities) {
        return new CaseFacts("w-1", "pengaduan", involved, accepted, partners, authorities);
    }

    @Test
    void whoSeesACase() {
        CaseFacts referredToSbmi = facts(Set.of("SBMI"), Set.of(), true, true);
        assertTrue(CaseAccess.maySee(PENGADUAN, referredToSbmi));
        assertTrue(CaseAccess.maySee(COORDINATOR, referredToSbmi));
        assertTrue(CaseAccess.maySee(SBMI, referredToSbmi));
        assertTrue(CaseAccess.maySee(WORKER, referredToSbmi));
        assertFalse(CaseAccess.maySee(WCC, referredToSbmi), "other partner");
        assertFalse(CaseAccess.maySee(DISNAKER, referredToSbmi), "other desk");
        assertFalse(CaseAccess.maySee(OTHER_WORKER, referredToSbmi), "other worker");
        assertFalse(CaseAccess.maySee(SBMI, facts(Set.of(), Set.of(), true, true)), "before the first referral");
        assertTrue(CaseAccess.maySee(DISNAKER, new CaseFacts(null, "disnaker", Set.of(), Set.of(), true, true)), "the filer");
    }

    @Test
    void consentDecidesWhetherAPartnerLearnsWhoThePersonIs() {
        CaseFacts onlyAuthorities = facts(Set.of("SBMI", "KBRI"), Set.of(), false, true);
        assertFalse(CaseAccess.disclosure(SBMI, onlyAuthorities, Set.of(PartnerType.UNION)).identity());
        Viewer embassy = new Viewer("kbri", Role.PARTNER, Set.of("KBRI"), null);
        assertTrue(CaseAccess.disclosure(embassy, onlyAuthorities, Set.of(PartnerType.EMBASSY)).identity());
        assertFalse(CaseAccess.disclosure(embassy, facts(Set.of("KBRI"), Set.of(), true, false), Set.of(PartnerType.EMBASSY)).identity());
        assertTrue(CaseAccess.disclosure(PENGADUAN, facts(Set.of(), Set.of(), false, false), Set.of()).identity());
        assertFalse(CaseAccess.disclosure(WORKER, onlyAuthorities, Set.of()).notes(), "workers never read notes");
    }

    @Test
    void notesNeedAnAcceptedReferral() {
        assertFalse(CaseAccess.mayWriteNotes(SBMI, facts(Set.of("SBMI"), Set.of(), true, true)));
        assertTrue(CaseAccess.mayWriteNotes(SBMI, facts(Set.of("SBMI"), Set.of("SBMI"), true, true)));
        assertFalse(CaseAccess.mayWriteNotes(WCC, facts(Set.of("SBMI", "WCC"), Set.of("SBMI"), true, true)));
        assertFalse(CaseAccess.mayWriteNotes(WORKER, facts(Set.of(), Set.of(), true, true)));
        assertTrue(CaseAccess.mayWriteNotes(DISNAKER, facts(Set.of(), Set.of(), true, true)));
    }

    @Test
    void referralsAreAnsweredOnlyByTheirPartner() {
        assertTrue(CaseAccess.mayAnswerReferral(SBMI, "SBMI"));
        assertFalse(CaseAccess.mayAnswerReferral(WCC, "SBMI"));
        assertFalse(CaseAccess.mayAnswerReferral(COORDINATOR, "SBMI"));
        assertTrue(CaseAccess.maySeeReferral(COORDINATOR, "SBMI"));
        assertFalse(CaseAccess.maySeeReferral(DISNAKER, "SBMI"));
    }

    @Test
    void reopeningIsForTheComplaintsDeskAndTheCoordinator() {
        assertTrue(CaseAccess.mayReopen(PENGADUAN));
        assertTrue(CaseAccess.mayReopen(COORDINATOR));
        assertFalse(CaseAccess.mayReopen(DISNAKER));
        assertFalse(CaseAccess.mayReopen(SBMI));
    }

    @Test
    void aWorkerAccountFilesOnlyForItselfOrAsFamily() {
        assertDoesNotThrow(() -> CaseAccess.checkFiling(WORKER, ReporterType.WORKER, "w-1", false));
        assertDoesNotThrow(() -> CaseAccess.checkFiling(WORKER, ReporterType.WORKER, null, false));
        assertDoesNotThrow(() -> CaseAccess.checkFiling(WORKER, ReporterType.FAMILY, null, false));
        assertEquals(403, assertThrows(ApiException.class, () -> CaseAccess.checkFiling(WORKER, ReporterType.WORKER, "w-2", false)).status());
        assertEquals(403, assertThrows(ApiException.class, () -> CaseAccess.checkFiling(WORKER, ReporterType.FAMILY, "w-2", false)).status());
        assertEquals(403, assertThrows(ApiException.class, () -> CaseAccess.checkFiling(WORKER, ReporterType.STAFF, null, false)).status());
        assertDoesNotThrow(() -> CaseAccess.checkFiling(PENGADUAN, ReporterType.FAMILY, "w-2", false));
        assertDoesNotThrow(() -> CaseAccess.checkFiling(WORKER, ReporterType.FAMILY, "w-2", true), "linked family");
    }
}
