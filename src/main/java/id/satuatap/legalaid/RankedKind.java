package id.satuatap.legalaid;

import id.satuatap.partner.PartnerType;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** One row of a routing decision: a kind of partner and its rank (1 = ask first). */
public record RankedKind(PartnerType kind, int priority) {

    /**
     * Reads the rows of a COLLECT decision with outputs {@code partnerKind} and {@code priority}, best first.
     * Rows naming an unknown kind are an error of the table, not of the case, so they fail loudly.
     */
    public static List<RankedKind> fromDecision(List<Map<String, Object>> rows) {
        return rows.stream()
                .map(row -> new RankedKind(PartnerType.valueOf(String.valueOf(row.get("partnerKind"))),
                        ((Number) row.get("priority")).intValue()))
                .sorted(Comparator.comparingInt(RankedKind::priority))
                .toList();
    }
}
