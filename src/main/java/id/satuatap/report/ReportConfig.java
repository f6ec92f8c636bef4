package id.satuatap.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.ZoneId;

/** Settings of the coordination report. */
@ConfigMapping(prefix = "satuatap.report")
public interface ReportConfig {

    /** Where the report's days begin and end: a period "1–31 March" is March in this zone. */
    @WithDefault("Asia/Jakarta")
    ZoneId zone();

    /** The longest period one request may cover (a year, leap years included). */
    @WithDefault("366")
    int maxPeriodDays();

    /** With a regency filter, counts below this in the sensitive rows are shown as "<n". */
    @WithDefault("5")
    int smallCell();

    /**
     * The due time of a desk step that has no due date of its own (pre-departure desk tasks): their SLA reminder
     * fires after this, the first sign that a step is late.
     */
    @WithDefault("P2D")
    Duration deskStepDue();
}
