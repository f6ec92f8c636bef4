package id.satuatap.partner;

import id.satuatap.problem.ApiException;
import id.satuatap.security.Desk;
import id.satuatap.web.ETags;
import id.satuatap.web.Page;
import id.satuatap.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The partner directory: who exists, what they offer and where. Maintained by admins. */
@ApplicationScoped
public class PartnerDirectory {

    public Optional<PartnerProfile> find(String code) {
        return Partner.findByCode(code).map(PartnerProfile::of);
    }

    public List<PartnerProfile> active() {
        return Partner.<Partner>list("active = true order by code").stream().map(PartnerProfile::of).toList();
    }

    /** Types of the organisations named by these codes (a partner account's groups); unknown codes are skipped. */
    public Set<PartnerType> typesOf(Set<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(Partner.<Partner>list("code in ?1", codes).stream().map(p -> p.type).toList());
    }

    public Page<PartnerProfile> page(PartnerType type, PageRequest page) {
        String after = page.cursorValue() == null ? "" : page.cursorValue();
        List<Partner> rows = type == null
                ? Partner.<Partner>find("code > ?1 order by code", after).range(0, page.limit()).list()
                : Partner.<Partner>find("code > ?1 and type = ?2 order by code", after, type).range(0, page.limit()).list();
        return page.keyPage(rows.stream().map(PartnerProfile::of).toList(), PartnerProfile::code);
    }

    @Transactional
    public PartnerProfile create(PartnerRequest request) {
        if (request.code() == null) {
            throw ApiException.invalid("code", "is required");
        }
        if (Arrays.stream(Desk.values()).anyMatch(d -> d.name().equals(request.code()))) {
            throw ApiException.invalid("code", "is an LTSA desk code; partner codes are candidate groups of their own");
        }
        if (Partner.findByCode(request.code()).isPresent()) {
            throw ApiException.conflict("A partner with code " + request.code() + " exists");
        }
        var partner = new Partner();
        partner.code = request.code();
        apply(partner, request);
        partner.persist();
        return PartnerProfile.of(partner);
    }

    /** Replaces a partner's record; {@code ifMatch} must name the version it was based on. */
    @Transactional
    public PartnerProfile update(String code, PartnerRequest request, String ifMatch) {
        Partner partner = Partner.findByCode(code).orElseThrow(() -> ApiException.notFound("No partner " + code));
        if (request.code() != null && !request.code().equals(code)) {
            throw ApiException.invalid("code", "cannot be changed; it must match the path");
        }
        ETags.requireMatch(ifMatch, partner.version);
        apply(partner, request);
        Partner.getEntityManager().flush();
        return PartnerProfile.of(partner);
    }

    private static void apply(Partner partner, PartnerRequest request) {
        partner.name = request.name().trim();
        partner.type = request.type();
        partner.services = new HashSet<>(request.services());
        partner.regencyCodes = copy(request.regencyCodes());
        partner.countries = copy(request.countries());
        partner.languages = copy(request.languages());
        partner.affiliations = copy(request.affiliations());
        partner.capacity = request.capacity();
        partner.active = request.active() == null || request.active();
    }

    private static <T> HashSet<T> copy(Set<T> values) {
        return values == null ? new HashSet<>() : new HashSet<>(values);
    }
}
