package id.satuatap.report;

import id.satuatap.report.CoordinationReport.Row;
import id.satuatap.report.CoordinationReport.Section;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The report as CSV: one file per section, headers in the caller's language; the figures of the period, then of
 * the previous period, then the change; the totals as the last row.
 */
final class ReportCsv {

    private ReportCsv() {
    }

    static String section(Section section, Locale locale) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>();
        section.keyColumns().forEach(k -> header.add(ReportLabels.of(locale, k)));
        section.columns().forEach(c -> header.add(ReportLabels.of(locale, c)));
        section.columns().forEach(c -> header.add(ReportLabels.of(locale, c) + " (" + ReportLabels.of(locale, "previous") + ")"));
        section.columns().forEach(c -> header.add(ReportLabels.of(locale, c) + " (" + ReportLabels.of(locale, "change") + ")"));
        line(csv, header);
        for (Row row : section.rows()) {
            List<String> cells = new ArrayList<>();
            section.keyColumns().forEach(k -> cells.add(row.key().get(k)));
            figures(section, row, cells);
            line(csv, cells);
        }
        List<String> total = new ArrayList<>();
        total.add(ReportLabels.of(locale, "total"));
        for (int i = 1; i < section.keyColumns().size(); i++) {
            total.add("");
        }
        figures(section, section.total(), total);
        line(csv, total);
        return csv.toString();
    }

    static byte[] zip(CoordinationReport report, Locale locale) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Section section : report.sections()) {
                zip.putNextEntry(new ZipEntry(fileName(report, section.name())));
                zip.write(section(section, locale).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String fileName(CoordinationReport report, String section) {
        return "coordination-" + report.from() + "-" + report.to() + "-" + section + ".csv";
    }

    private static void figures(Section section, Row row, List<String> cells) {
        section.columns().forEach(c -> cells.add(text(row.values().get(c))));
        section.columns().forEach(c -> cells.add(text(row.previous().get(c))));
        section.columns().forEach(c -> cells.add(text(row.change().get(c))));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String cell = cells.get(i) == null ? "" : cells.get(i);
            csv.append(cell.matches(".*[,\"\\n\\r].*") ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        csv.append("\r\n");
    }
}
