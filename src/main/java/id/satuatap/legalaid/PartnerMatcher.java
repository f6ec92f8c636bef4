package id.satuatap.legalaid;

import id.satuatap.partner.PartnerProfile;
import id.satuatap.partner.ServiceKind;

import java.util.*;

/**
 * The concrete choice after a routing decision table has ranked the kinds of partner: which partners to ask,
 * in order. A partner is eligible when it covers the person's regency or the destination country, offers
 * the service, is active, is below its caseload capacity, has no conflict of interest and has not been asked
 * already. Within one kind, partners speaking the person's language come first, then the least loaded;
 * language is a preference, not a condition, so that nobody is left without help for want of it.
 */
public final class PartnerMatcher {

    private PartnerMatcher() {
    }

    /**
     * @param respondent   the organisation complained about (a P3MI licence, an employer), if any
     * @param alreadyAsked partners that were offered this referral before (declined or let it expire)
     */
    public record Need(ServiceKind service, String regencyCode, String country, String language, String respondent,
                       Set<String> alreadyAsked) {
    }

    /** @param load open referrals per partner code */
    public static List<PartnerProfile> candidates(List<RankedKind> kinds, Need need, Collection<PartnerProfile> partners,
                                                  Map<String, Long> load) {
        List<PartnerProfile> ordered = new ArrayList<>();
        kinds.stream().sorted(Comparator.comparingInt(RankedKind::priority)).map(RankedKind::kind).distinct()
                .forEach(kind -> partners.stream()
                        .filter(p -> p.type() == kind && eligible(p, need, load))
                        .sorted(Comparator.<PartnerProfile, Boolean>comparing(p -> !speaks(p, need.language()))
                                .thenComparingDouble(p -> loadRatio(p, load))
                                .thenComparing(PartnerProfile::code))
                        .forEach(ordered::add));
        return ordered;
    }

    static boolean eligible(PartnerProfile partner, Need need, Map<String, Long> load) {
        return partner.active()
                && partner.services().contains(need.service())
                && partner.covers(need.regencyCode(), need.country())
                && load.getOrDefault(partner.code(), 0L) < partner.capacity()
                && !conflicted(partner, need.respondent())
                && !need.alreadyAsked().contains(partner.code());
    }

    private static boolean conflicted(PartnerProfile partner, String respondent) {
        if (respondent == null || respondent.isBlank()) {
            return false;
        }
        String normalised = respondent.trim();
        return partner.code().equalsIgnoreCase(normalised)
                || partner.affiliations().stream().anyMatch(a -> a.equalsIgnoreCase(normalised));
    }

    private static boolean speaks(PartnerProfile partner, String language) {
        return language != null && partner.languages().contains(language);
    }

    private static double loadRatio(PartnerProfile partner, Map<String, Long> load) {
        return partner.capacity() == 0 ? 1 : (double) load.getOrDefault(partner.code(), 0L) / partner.capacity();
    }
}
