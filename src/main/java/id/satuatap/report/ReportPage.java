package id.satuatap.report;

import id.satuatap.report.CoordinationReport.Row;
import id.satuatap.report.CoordinationReport.Section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The printable one-page summary for a coordination meeting: key figures with the previous period beside them,
 * and the figures a meeting acts on as bar charts drawn on the server in SVG. The page loads nothing: no script,
 * no font, no image from anywhere.
 */
final class ReportPage {

    private static final int BAR_WIDTH = 300;

    private ReportPage() {
    }

    /** One bar: its label and value. */
    private record Bar(String label, double value, String text) {
    }

    static String render(CoordinationReport report, Locale locale) {
        StringBuilder html = new StringBuilder(16_000);
        String lang = "en".equals(locale.getLanguage()) ? "en" : "id";
        html.append("<!DOCTYPE html><html lang=\"").append(lang).append("\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(esc(label(locale, "title"))).append(' ').append(report.from()).append(" – ")
                .append(report.to()).append("</title><style>")
                .append("@page{size:A4;margin:12mm}body{font-family:sans-serif;font-size:11px;color:#222;margin:0 auto;max-width:190mm}")
                .append("h1{font-size:18px;margin:4px 0}h2{font-size:13px;margin:10px 0 4px}p{margin:2px 0}")
                .append(".tiles{display:flex;flex-wrap:wrap;gap:6px}.tile{border:1px solid #bbb;border-radius:4px;padding:4px 8px;min-width:40mm}")
                .append(".tile b{display:block;font-size:16px}.charts{display:flex;flex-wrap:wrap;gap:10px}")
                .append("table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:1px 6px;text-align:left}")
                .append("</style></head><body>");
        html.append("<h1>").append(esc(label(locale, "title"))).append("</h1><p>").append(esc(label(locale, "period"))).append(": ")
                .append(report.from()).append(" – ").append(report.to()).append(", ").append(esc(label(locale, "comparedWith")))
                .append(' ').append(report.previousFrom()).append(" – ").append(report.previousTo());
        if (report.regency() != null) {
            html.append(" · regency ").append(esc(report.regency()));
        }
        if (report.country() != null) {
            html.append(" · ").append(esc(report.country()));
        }
        html.append("</p>");

        html.append("<h2>").append(esc(label(locale, "total"))).append("</h2><div class=\"tiles\" id=\"key-figures\">");
        tile(html, locale, report.section("desks").total(), "steps");
        tile(html, locale, report.section("desks").total(), "medianHours");
        tile(html, locale, report.section("partners").total(), "offered");
        tile(html, locale, report.section("partners").total(), "medianHoursToAnswer");
        tile(html, locale, report.section("predeparture").total(), "readyToDepart");
        tile(html, locale, report.section("cases").total(), "opened");
        tile(html, locale, report.section("cases").total(), "medianDaysToClosure");
        html.append("</div><div class=\"charts\">");

        List<Bar> desks = new ArrayList<>();
        for (Row row : report.section("desks").rows()) {
            if (row.values().get("medianHours") instanceof Number n) {
                desks.add(new Bar(row.key().get("desk"), n.doubleValue(), n.toString()));
            }
        }
        chart(html, "chart-desks", label(locale, "deskMedian"), desks, locale);

        List<Bar> partners = new ArrayList<>();
        for (Row row : report.section("partners").rows()) {
            if (row.values().get("answeredWithinSlaShare") instanceof Number n) {
                partners.add(new Bar(row.key().get("partner"), n.doubleValue(), Math.round(n.doubleValue() * 100) + "%"));
            }
        }
        chart(html, "chart-partners", label(locale, "partnerSla"), partners, locale);

        List<Bar> categories = new ArrayList<>();
        for (Row row : report.section("cases").rows()) {
            if ("category".equals(row.key().get("dimension"))) {
                Object opened = row.values().get("opened");
                // A suppressed count ("<5") is drawn as no bar, with its text.
                double value = opened instanceof Number n ? n.doubleValue() : 0;
                categories.add(new Bar(row.key().get("value"), value, String.valueOf(opened)));
            }
        }
        chart(html, "chart-cases", label(locale, "casesByCategory"), categories, locale);
        html.append("</div>");

        Section handoffs = report.section("handoffs");
        html.append("<h2>").append(esc(label(locale, "topHandoffs"))).append("</h2><table id=\"handoffs\"><tr><th>")
                .append(esc(label(locale, "from"))).append("</th><th>").append(esc(label(locale, "to"))).append("</th><th>")
                .append(esc(label(locale, "handoffs"))).append("</th><th>").append(esc(label(locale, "medianHours"))).append("</th></tr>");
        handoffs.rows().stream().sorted(Comparator.comparingLong((Row r) -> ((Number) r.values().get("handoffs")).longValue()).reversed())
                .limit(8).forEach(r -> html.append("<tr><td>").append(esc(r.key().get("from"))).append("</td><td>")
                        .append(esc(r.key().get("to"))).append("</td><td>").append(r.values().get("handoffs")).append("</td><td>")
                        .append(text(r.values().get("medianHours"))).append("</td></tr>"));
        html.append("</table><p>").append(esc(String.valueOf(report.generatedAt()))).append("</p></body></html>");
        return html.toString();
    }

    private static void tile(StringBuilder html, Locale locale, Row total, String column) {
        html.append("<div class=\"tile\" data-figure=\"").append(column).append("\">").append(esc(label(locale, column)))
                .append("<b>").append(text(total.values().get(column))).append("</b>")
                .append(esc(label(locale, "previous"))).append(": ").append(text(total.previous().get(column))).append("</div>");
    }

    private static void chart(StringBuilder html, String id, String title, List<Bar> bars, Locale locale) {
        html.append("<figure id=\"").append(id).append("\" style=\"margin:0\"><figcaption><b>").append(esc(title))
                .append("</b></figcaption>");
        if (bars.isEmpty()) {
            html.append("<p>").append(esc(label(locale, "noData"))).append("</p></figure>");
            return;
        }
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        int height = bars.size() * 18 + 4;
        html.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(150 + BAR_WIDTH + 50).append("\" height=\"")
                .append(height).append("\" role=\"img\" aria-label=\"").append(esc(title)).append("\">");
        int y = 2;
        for (Bar bar : bars) {
            long width = max <= 0 ? 0 : Math.round(bar.value() / max * BAR_WIDTH);
            html.append("<text x=\"146\" y=\"").append(y + 12).append("\" text-anchor=\"end\" font-size=\"10\">")
                    .append(esc(bar.label())).append("</text>")
                    .append("<rect class=\"bar\" x=\"150\" y=\"").append(y).append("\" width=\"").append(width)
                    .append("\" height=\"14\" fill=\"#2b6cb0\"><title>").append(esc(bar.label() + ": " + bar.text())).append("</title></rect>")
                    .append("<text x=\"").append(154 + width).append("\" y=\"").append(y + 12).append("\" font-size=\"10\">")
                    .append(esc(bar.text())).append("</text>");
            y += 18;
        }
        html.append("</svg></figure>");
    }

    private static String label(Locale locale, String key) {
        return ReportLabels.of(locale, key);
    }

    private static String text(Object value) {
        return value == null ? "–" : esc(value.toString());
    }

    private static String esc(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
