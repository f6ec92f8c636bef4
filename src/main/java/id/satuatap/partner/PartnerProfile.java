package id.satuatap.partner;

import java.util.Set;

/** A partner as other capabilities and clients see it. */
public record PartnerProfile(String code, String name, PartnerType type, Set<ServiceKind> services,
                             Set<String> regencyCodes, Set<String> countries, Set<String> languages,
                             Set<String> affiliations, int capacity, boolean active, long version) {

    static PartnerProfile of(Partner p) {
        return new PartnerProfile(p.code, p.name, p.type, Set.copyOf(p.services), Set.copyOf(p.regencyCodes),
                Set.copyOf(p.countries), Set.copyOf(p.languages), Set.copyOf(p.affiliations), p.capacity, p.active,
                p.version);
    }

    public boolean covers(String regencyCode, String country) {
        return regencyCode != null && regencyCodes.contains(regencyCode) || country != null && countries.contains(country);
    }
}
