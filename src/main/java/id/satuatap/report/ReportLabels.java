package id.satuatap.report;

import java.util.Locale;
import java.util.Map;

/** Headers and titles of the CSV files and the printable page, in Indonesian (the default) and English. */
final class ReportLabels {

    private static final Map<String, String[]> LABELS = Map.ofEntries(
            // sections
            Map.entry("section.desks", new String[]{"Loket", "Desks"}),
            Map.entry("section.partners", new String[]{"Mitra", "Partners"}),
            Map.entry("section.handoffs", new String[]{"Serah terima", "Handoffs"}),
            Map.entry("section.predeparture", new String[]{"Pra-penempatan", "Pre-departure"}),
            Map.entry("section.cases", new String[]{"Pengaduan", "Cases"}),
            // key columns
            Map.entry("desk", new String[]{"loket", "desk"}),
            Map.entry("partner", new String[]{"mitra", "partner"}),
            Map.entry("from", new String[]{"dari", "from"}),
            Map.entry("to", new String[]{"kepada", "to"}),
            Map.entry("dimension", new String[]{"rincian", "breakdown"}),
            Map.entry("value", new String[]{"nilai", "value"}),
            // figures
            Map.entry("steps", new String[]{"langkah selesai", "steps done"}),
            Map.entry("medianHours", new String[]{"median jam", "median hours"}),
            Map.entry("p90Hours", new String[]{"p90 jam", "p90 hours"}),
            Map.entry("withinDueShare", new String[]{"porsi tepat waktu", "share within due time"}),
            Map.entry("reminders", new String[]{"pengingat", "reminders"}),
            Map.entry("escalations", new String[]{"eskalasi", "escalations"}),
            Map.entry("openNow", new String[]{"terbuka kini", "open now"}),
            Map.entry("overdueNow", new String[]{"terlambat kini", "overdue now"}),
            Map.entry("offered", new String[]{"rujukan ditawarkan", "referrals offered"}),
            Map.entry("accepted", new String[]{"diterima", "accepted"}),
            Map.entry("declined", new String[]{"ditolak", "declined"}),
            Map.entry("declinedWithReason", new String[]{"ditolak dengan alasan", "declined with a reason"}),
            Map.entry("expired", new String[]{"kedaluwarsa", "expired"}),
            Map.entry("medianHoursToAnswer", new String[]{"median jam hingga dijawab", "median hours to answer"}),
            Map.entry("answeredWithinSlaShare", new String[]{"porsi dijawab dalam SLA", "share answered within SLA"}),
            Map.entry("servicesDelivered", new String[]{"layanan diberikan", "services delivered"}),
            Map.entry("caseload", new String[]{"beban kasus", "caseload"}),
            Map.entry("capacity", new String[]{"kapasitas", "capacity"}),
            Map.entry("handoffs", new String[]{"serah terima", "handoffs"}),
            Map.entry("started", new String[]{"permohonan dimulai", "applications started"}),
            Map.entry("readyToDepart", new String[]{"siap berangkat", "ready to depart"}),
            Map.entry("refused", new String[]{"ditolak", "refused"}),
            Map.entry("stopped", new String[]{"dihentikan", "stopped"}),
            Map.entry("medianDaysToReady", new String[]{"median hari hingga siap", "median days to ready"}),
            Map.entry("opened", new String[]{"dibuka", "opened"}),
            Map.entry("urgent", new String[]{"mendesak", "urgent"}),
            Map.entry("medianHoursToFirstResponse", new String[]{"median jam hingga respons pertama", "median hours to first response"}),
            Map.entry("closed", new String[]{"ditutup", "closed"}),
            Map.entry("medianDaysToClosure", new String[]{"median hari hingga ditutup", "median days to closure"}),
            // CSV suffixes and page texts
            Map.entry("previous", new String[]{"periode sebelumnya", "previous period"}),
            Map.entry("change", new String[]{"perubahan", "change"}),
            Map.entry("total", new String[]{"TOTAL", "TOTAL"}),
            Map.entry("title", new String[]{"Laporan koordinasi", "Coordination report"}),
            Map.entry("period", new String[]{"Periode", "Period"}),
            Map.entry("comparedWith", new String[]{"dibandingkan dengan", "compared with"}),
            Map.entry("deskMedian", new String[]{"Median jam per langkah loket", "Median hours per desk step"}),
            Map.entry("partnerSla", new String[]{"Rujukan dijawab dalam SLA (porsi)", "Referrals answered within the SLA (share)"}),
            Map.entry("casesByCategory", new String[]{"Pengaduan dibuka per kategori", "Cases opened by category"}),
            Map.entry("topHandoffs", new String[]{"Serah terima terbanyak", "Most frequent handoffs"}),
            Map.entry("noData", new String[]{"Tidak ada data dalam periode ini", "No data in this period"}),
            // field errors
            Map.entry("error.required", new String[]{"wajib diisi (tanggal YYYY-MM-DD)", "is required (a date YYYY-MM-DD)"}),
            Map.entry("error.date", new String[]{"bukan tanggal YYYY-MM-DD", "is not a date YYYY-MM-DD"}),
            Map.entry("error.order", new String[]{"harus sama dengan atau sesudah 'from'", "must be on or after 'from'"}),
            Map.entry("error.length", new String[]{"periode paling lama {0} hari", "the period is at most {0} days"}),
            Map.entry("error.regency", new String[]{"harus kode BPS kabupaten/kota 4 angka", "must be a 4-digit BPS regency code"}),
            Map.entry("error.country", new String[]{"harus kode negara ISO 3166 dua huruf", "must be a two-letter ISO 3166 country code"}),
            Map.entry("error.section", new String[]{"harus salah satu dari {0}", "must be one of {0}"}));

    private ReportLabels() {
    }

    static String of(Locale locale, String key, Object... args) {
        String[] texts = LABELS.get(key);
        if (texts == null) {
            return key;
        }
        String text = "en".equals(locale.getLanguage()) ? texts[1] : texts[0];
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }
}
