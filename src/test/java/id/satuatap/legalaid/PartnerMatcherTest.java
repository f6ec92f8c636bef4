package id.satuatap.legalaid;

import id.satuatap.partner.PartnerProfile;
import id.satuatap.partner.PartnerType;
import id.satuatap.partner.ServiceKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static id.satuatap.partner.PartnerType.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PartnerMatcherTest {

    private static final List<RankedKind> WCC_THEN_LBH = List.of(new RankedKind(LEGAL_AID, 2), new RankedKind(WOMENS_CRISIS_CENTRE, 1));

    private static PartnerProfile partner(String code, PartnerType type, Set<String> regencies, Set<String> countries,
                                          Set<String> languages, int capacity, boolean active, Set<String> affiliations) {
        return new PartnerProfile(code, code, type, Set.of(ServiceKind.LEGAL_ADVICE, ServiceKind.LITIGATION), regencies,
                countries, languages, affiliations, capacity, active, 0);
    }

    private static PartnerProfile partner(String code, PartnerType type) {
        return partner(code, type, Set.of("3209"), Set.of(), Set.of("id"), 10, true, Set.of());
    }

    private static PartnerMatcher.Need need(String regency, String country) {
        return new PartnerMatcher.Need(ServiceKind.LEGAL_ADVICE, regency, country, "id", null, Set.of());
    }

    private static List<String> codes(List<RankedKind> kinds, PartnerMatcher.Need need, List<PartnerProfile> partners,
                                      Map<String, Long> load) {
        return PartnerMatcher.candidates(kinds, need, partners, load).stream().map(PartnerProfile::code).toList();
    }

    @Test
    void kindsAreAskedInTheirPriorityOrder() {
        assertEquals(List.of("WCC", "LBH"), codes(WCC_THEN_LBH, need("3209", null),
                List.of(partner("LBH", LEGAL_AID), partner("WCC", WOMENS_CRISIS_CENTRE), partner("SBMI", UNION)), Map.of()));
    }

    @Test
    void aPartnerMustCoverTheRegencyOrTheDestinationCountry() {
        var abroad = partner("KBRI", LEGAL_AID, Set.of(), Set.of("MY"), Set.of("id"), 10, true, Set.of());
        List<PartnerProfile> partners = List.of(partner("LBH", LEGAL_AID), abroad);
        assertEquals(List.of("KBRI", "LBH"), codes(WCC_THEN_LBH, need("3209", "MY"), partners, Map.of()));
        assertEquals(List.of("KBRI"), codes(WCC_THEN_LBH, need("3501", "MY"), partners, Map.of()));
        assertEquals(List.of(), codes(WCC_THEN_LBH, need("3501", "SA"), partners, Map.of()));
    }

    @Test
    void inactiveFullConflictedOrAlreadyAskedPartnersAreSkipped() {
        List<PartnerProfile> partners = List.of(
                partner("INACTIVE", LEGAL_AID, Set.of("3209"), Set.of(), Set.of("id"), 10, false, Set.of()),
                partner("FULL", LEGAL_AID, Set.of("3209"), Set.of(), Set.of("id"), 2, true, Set.of()),
                partner("TIED", LEGAL_AID, Set.of("3209"), Set.of(), Set.of("id"), 10, true, Set.of("P3MI-123")),
                partner("ASKED", LEGAL_AID, Set.of("3209"), Set.of(), Set.of("id"), 10, true, Set.of()),
                partner("FREE", LEGAL_AID, Set.of("3209"), Set.of(), Set.of("id"), 10, true, Set.of()));
        var need = new PartnerMatcher.Need(ServiceKind.LEGAL_ADVICE, "3209", null, "id", "p3mi-123", Set.of("ASKED"));
        assertEquals(List.of("FREE"), codes(WCC_THEN_LBH, need, partners, Map.of("FULL", 2L)));
    }

    @Test
    void aPartnerMustOfferTheService() {
        var need = new PartnerMatcher.Need(ServiceKind.MEDIATION, "3209", null, "id", null, Set.of());
        assertEquals(List.of(), codes(WCC_THEN_LBH, need, List.of(partner("LBH", LEGAL_AID)), Map.of()));
    }

    @Test
    void withinAKindTheLanguageComesFirstThenTheLightestLoad() {
        List<PartnerProfile> partners = List.of(
                partner("A_BUSY", LEGAL_AID, Set.of("3209"), Set.of(), Set.of("id", "jv"), 10, true, Set.of()),
                partner("B_IDLE", LEGAL_AID, Set.of("3209"), Set.of(), Set.of("id", "jv"), 10, true, Set.of()),
                partner("C_NO_JAVANESE", LEGAL_AID, Set.of("3209"), Set.of(), Set.of("id"), 10, true, Set.of()));
        var need = new PartnerMatcher.Need(ServiceKind.LEGAL_ADVICE, "3209", null, "jv", null, Set.of());
        assertEquals(List.of("B_IDLE", "A_BUSY", "C_NO_JAVANESE"), codes(WCC_THEN_LBH, need, partners, Map.of("A_BUSY", 5L)));
    }
}
