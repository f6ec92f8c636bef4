package id.satuatap.region;

import id.satuatap.problem.ApiException;
import id.satuatap.web.Page;
import id.satuatap.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The reference table of administrative areas: validating the codes requests carry, and searching by name. */
@ApplicationScoped
public class Regions {

    /** Names of the provinces, regencies and districts (7,800 areas), for the path shown with each result. */
    private volatile Map<String, String> higherNames;

    public record RegionView(String code, RegionLevel level, String name, String parentCode, String path) {
    }

    public Optional<Region> find(String code) {
        return RegionCode.parse(code).map(c -> Region.findById(c.value()));
    }

    /**
     * The canonical form of a code the request carries in {@code field}, which must name an existing area of one of
     * the given levels (any level when none is given); null stays null.
     */
    public String require(String field, String text, RegionLevel... levels) {
        if (text == null) {
            return null;
        }
        List<RegionLevel> allowed = levels.length == 0 ? List.of(RegionLevel.values()) : Arrays.asList(levels);
        RegionCode code = RegionCode.parse(text).filter(c -> allowed.contains(c.level()))
                .orElseThrow(() -> ApiException.invalid(field, "must be a " + describe(allowed)));
        if (Region.findById(code.value()) == null) {
            throw ApiException.invalid(field, "is not a known " + describe(List.of(code.level())));
        }
        return code.value();
    }

    /** Like {@link #require}, and the area must lie within {@code ancestor} (a code of a higher level) when given. */
    public String requireWithin(String field, String text, String ancestor, RegionLevel... levels) {
        String code = require(field, text, levels);
        if (code != null && ancestor != null && !code.startsWith(ancestor)) {
            throw ApiException.invalid(field, "lies outside region " + ancestor);
        }
        return code;
    }

    public Page<RegionView> search(String q, RegionLevel level, String parent, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (q != null && !q.isBlank()) {
            where.add("lower(name) like :name");
            params.put("name", "%" + q.trim().toLowerCase().replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        if (level != null) {
            where.add("level = :level");
            params.put("level", level);
        }
        if (parent != null) {
            String ancestor = require("parent", parent, RegionLevel.PROVINCE, RegionLevel.REGENCY, RegionLevel.DISTRICT);
            where.add("code like :within and code <> :ancestor");
            params.put("within", ancestor + "%");
            params.put("ancestor", ancestor);
        }
        if (page.cursorValue() != null) {
            where.add("code > :after");
            params.put("after", page.cursorValue());
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by code";
        List<Region> rows = Region.<Region>find(query, params).range(0, page.limit()).list();
        return page.keyPage(rows.stream().map(this::view).toList(), RegionView::code);
    }

    public RegionView view(Region region) {
        List<String> path = new ArrayList<>();
        for (String ancestor = parentOf(region.code); ancestor != null; ancestor = parentOf(ancestor)) {
            path.add(higherNames().getOrDefault(ancestor, ancestor));
        }
        return new RegionView(region.code, region.level, region.name, parentOf(region.code), String.join(", ", path));
    }

    /** The code of the area one level up: a village's district, a district's regency, a regency's province. */
    static String parentOf(String code) {
        return switch (code.length()) {
            case 4 -> code.substring(0, 2);
            case 6 -> code.substring(0, 4);
            case 10 -> code.substring(0, 6);
            default -> null;
        };
    }

    private Map<String, String> higherNames() {
        Map<String, String> names = higherNames;
        if (names == null) {
            names = Region.<Region>list("level <> ?1", RegionLevel.VILLAGE).stream()
                    .collect(Collectors.toUnmodifiableMap(r -> r.code, r -> r.name));
            higherNames = names;
        }
        return names;
    }

    private static String describe(List<RegionLevel> levels) {
        return levels.stream().map(l -> l.name().toLowerCase() + " code (" + l.digits() + " digits)")
                .collect(Collectors.joining(" or "));
    }
}
