package id.satuatap.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The coordination report of one period: counts and durations only. Each row carries the figures of the previous
 * period of equal length and the change; a count below the small-cell limit in a sensitive row is the text "<5".
 */
public record CoordinationReport(LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo, String regency,
                                 String country, Instant generatedAt, List<Section> sections) {

    /** One section: its key columns, figure columns, the rows the caller may see, and totals over all rows. */
    public record Section(String name, List<String> keyColumns, List<String> columns, List<Row> rows, Row total) {
    }

    /**
     * @param values   figures of the period (numbers; "<5" where suppressed; null where nothing was measured)
     * @param previous the same figures for the previous period
     * @param change   values minus previous, where both are numbers
     */
    public record Row(Map<String, String> key, Map<String, Object> values, Map<String, Object> previous,
                      Map<String, Object> change) {
    }

    public Section section(String name) {
        return sections.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
