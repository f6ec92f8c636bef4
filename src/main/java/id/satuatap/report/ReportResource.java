package id.satuatap.report;

import id.satuatap.audit.AuditLog;
import id.satuatap.i18n.Messages;
import id.satuatap.problem.ApiException;
import id.satuatap.security.CurrentUser;
import id.satuatap.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

@Path("/api/v1/reports")
@Tag(name = "Reports")
@RolesAllowed({Role.ADMIN_ROLE, Role.COORDINATOR_ROLE, Role.DESK_ROLE, Role.PARTNER_ROLE})
@APIResponse(responseCode = "400", description = "Missing or invalid period, filter or section")
@APIResponse(responseCode = "401", description = "No or invalid credentials")
@APIResponse(responseCode = "403", description = "Worker accounts")
public class ReportResource {

    static final String CSV = "text/csv";
    static final String ZIP = "application/zip";

    @Inject CoordinationReports reports;
    @Inject ReportConfig config;
    @Inject CurrentUser user;
    @Inject AuditLog audit;

    @GET
    @Path("/coordination")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "Coordination report: desks, partners, handoffs, pre-departure and cases in a period",
            description = "Counts and durations only, with the previous period of equal length and the change. Coordinators"
                    + " and admins see every row; a desk or a partner its own rows and every total. With a regency filter,"
                    + " counts below 5 in the gender-based-violence and trafficking rows are \"<5\". Accept: text/csv gives a"
                    + " zip of one CSV per section, or the CSV of one section with section=; headers follow Accept-Language.")
    @APIResponse(responseCode = "200", description = "The report (JSON), a zip of CSV files, or one CSV file", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CoordinationReport.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response coordination(@Parameter(description = "First day, YYYY-MM-DD") @QueryParam("from") String from,
                                 @Parameter(description = "Last day (inclusive), YYYY-MM-DD; at most a year after from") @QueryParam("to") String to,
                                 @Parameter(description = "Home regency, 4-digit BPS code") @QueryParam("regency") String regency,
                                 @Parameter(description = "Destination country, ISO 3166 alpha-2") @QueryParam("country") String country,
                                 @Parameter(description = "With Accept: text/csv, only this section") @QueryParam("section") String section,
                                 @Context HttpHeaders headers) {
        Locale locale = Messages.pick(headers.getAcceptableLanguages());
        boolean csv = wantsCsv(headers);
        if (section != null && !ReportColumns.SECTIONS.contains(section)) {
            throw ApiException.invalid("section", ReportLabels.of(locale, "error.section", String.join(", ", ReportColumns.SECTIONS)));
        }
        CoordinationReport report = read(from, to, regency, country, locale);
        if (!csv) {
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        }
        if (section != null) {
            return Response.ok(ReportCsv.section(report.section(section), locale), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + ReportCsv.fileName(report, section) + "\"")
                    .header("Content-Language", locale.getLanguage()).build();
        }
        return Response.ok(ReportCsv.zip(report, locale), ZIP)
                .header("Content-Disposition", "attachment; filename=\"coordination-" + report.from() + "-" + report.to() + ".zip\"")
                .header("Content-Language", locale.getLanguage()).build();
    }

    @GET
    @Path("/coordination.html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Printable one-page summary of the coordination report, with charts (no script)")
    @APIResponse(responseCode = "200", description = "The page")
    public Response coordinationPage(@QueryParam("from") String from, @QueryParam("to") String to,
                                     @QueryParam("regency") String regency, @QueryParam("country") String country,
                                     @Context HttpHeaders headers) {
        Locale locale = Messages.pick(headers.getAcceptableLanguages());
        CoordinationReport report = read(from, to, regency, country, locale);
        return Response.ok(ReportPage.render(report, locale), MediaType.TEXT_HTML + "; charset=UTF-8")
                .header("Content-Language", locale.getLanguage())
                // The page is self-contained: nothing may load from anywhere, and no script runs.
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'").build();
    }

    private CoordinationReport read(String from, String to, String regency, String country, Locale locale) {
        LocalDate first = date("from", from, locale);
        LocalDate last = date("to", to, locale);
        if (last.isBefore(first)) {
            throw ApiException.invalid("to", ReportLabels.of(locale, "error.order"));
        }
        Period period = Period.of(first, last, config.zone());
        if (period.days() > config.maxPeriodDays()) {
            throw ApiException.invalid("to", ReportLabels.of(locale, "error.length", config.maxPeriodDays()));
        }
        if (regency != null && !regency.matches("\\d{4}")) {
            throw ApiException.invalid("regency", ReportLabels.of(locale, "error.regency"));
        }
        if (country != null && !country.matches("[A-Z]{2}")) {
            throw ApiException.invalid("country", ReportLabels.of(locale, "error.country"));
        }
        CoordinationReport report = reports.build(period, new Scope(regency, country), ReportAccess.of(user));
        audit.record(user.username(), "REPORT_READ", "COORDINATION_REPORT", null,
                first + ".." + last + (regency == null ? "" : " regency=" + regency) + (country == null ? "" : " country=" + country));
        return report;
    }

    private static LocalDate date(String field, String value, Locale locale) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(field, ReportLabels.of(locale, "error.required"));
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(field, ReportLabels.of(locale, "error.date"));
        }
    }

    private static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return false;
            }
            if ("text".equals(type.getType()) && "csv".equals(type.getSubtype())) {
                return true;
            }
        }
        return false;
    }
}
