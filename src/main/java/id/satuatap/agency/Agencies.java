package id.satuatap.agency;

import id.satuatap.problem.ApiException;
import id.satuatap.region.RegionLevel;
import id.satuatap.region.Regions;
import id.satuatap.web.ETags;
import id.satuatap.web.Page;
import id.satuatap.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The P3MI registry: keeping it, and the licence check applications pass. */
@ApplicationScoped
public class Agencies {

    @Inject Regions regions;
    @Inject Instance<AgencyRecords> records;

    public Standing standing(String licenseNumber, LocalDate on) {
        return PlacementAgency.findByLicense(licenseNumber.trim()).map(a -> switch (a.status) {
            case SUSPENDED -> Standing.SUSPENDED;
            case REVOKED -> Standing.REVOKED;
            case ACTIVE -> on.isBefore(a.validFrom) || on.isAfter(a.validUntil) ? Standing.EXPIRED : Standing.ACTIVE;
        }).orElse(Standing.UNKNOWN);
    }

    @Transactional
    public AgencyView create(AgencyRequest request, String actor) {
        if (request.licenseNumber() == null || request.licenseNumber().isBlank()) {
            throw ApiException.invalid("licenseNumber", "is required");
        }
        String license = request.licenseNumber().trim();
        if (PlacementAgency.findByLicense(license).isPresent()) {
            throw ApiException.conflict("An agency with licence " + license + " is already registered");
        }
        var agency = new PlacementAgency();
        agency.licenseNumber = license;
        copy(request, agency, actor);
        agency.persist();
        return view(agency);
    }

    @Transactional
    public AgencyView update(String license, AgencyRequest request, String ifMatch, String actor) {
        PlacementAgency agency = find(license);
        ETags.requireMatch(ifMatch, agency.version);
        if (request.licenseNumber() != null && !request.licenseNumber().trim().equals(agency.licenseNumber)) {
            throw ApiException.invalid("licenseNumber", "cannot change; register the new licence as its own agency");
        }
        copy(request, agency, actor);
        PlacementAgency.getEntityManager().flush();
        return view(agency);
    }

    public AgencyView read(String license) {
        return view(find(license));
    }

    public Page<AgencyView> list(AgencyStatus status, PageRequest page) {
        String query = (status == null ? "" : "status = :status ") + "order by licenseNumber";
        var find = status == null ? PlacementAgency.<PlacementAgency>find(query)
                : PlacementAgency.<PlacementAgency>find(query, Map.of("status", status));
        List<PlacementAgency> rows = find.range(page.offset(), page.offset() + page.limit()).list();
        return page.offsetPage(rows.stream().map(this::view).toList());
    }

    private static PlacementAgency find(String license) {
        return PlacementAgency.findByLicense(license).orElseThrow(() -> ApiException.notFound("No agency " + license));
    }

    private void copy(AgencyRequest request, PlacementAgency agency, String actor) {
        if (request.validUntil().isBefore(request.validFrom())) {
            throw ApiException.invalid("validUntil", "must not be before validFrom");
        }
        Set<String> branches = new HashSet<>();
        List<String> given = request.branchRegencyCodes() == null ? List.of() : List.copyOf(request.branchRegencyCodes());
        for (int i = 0; i < given.size(); i++) {
            branches.add(regions.require("branchRegencyCodes[" + i + "]", given.get(i), RegionLevel.REGENCY));
        }
        agency.name = request.name().trim();
        agency.status = request.status();
        agency.validFrom = request.validFrom();
        agency.validUntil = request.validUntil();
        agency.branchRegencyCodes.clear();
        agency.branchRegencyCodes.addAll(branches);
        agency.updatedBy = actor;
        agency.updatedAt = Instant.now();
    }

    private AgencyView view(PlacementAgency a) {
        Map<String, Long> counts = new TreeMap<>();
        records.forEach(r -> counts.put(r.kind(), r.countFor(a.licenseNumber)));
        return new AgencyView(a.licenseNumber, a.name, a.status, a.validFrom, a.validUntil,
                standing(a.licenseNumber, LocalDate.now()).licensed(), a.branchRegencyCodes.stream().sorted().toList(),
                counts, a.updatedBy, a.updatedAt, a.version);
    }
}
