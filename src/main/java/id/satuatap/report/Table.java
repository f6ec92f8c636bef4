package id.satuatap.report;

import java.util.List;
import java.util.Map;

/** What one section's queries found for one period: rows by key, and the section's totals. */
record Table(List<Line> lines, Map<String, Object> total) {

    /** One row: its key columns and its figures (numbers, or null where there is nothing to measure). */
    record Line(Map<String, String> key, Map<String, Object> values) {
    }
}
