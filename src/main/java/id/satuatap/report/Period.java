package id.satuatap.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** The days a report covers, both inclusive, and the instants they begin and end at in the report's zone. */
public record Period(LocalDate from, LocalDate to, Instant start, Instant end) {

    public static Period of(LocalDate from, LocalDate to, ZoneId zone) {
        return new Period(from, to, from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period of equal length that ends the day before this one begins. */
    public Period previous(ZoneId zone) {
        return of(from.minusDays(days()), from.minusDays(1), zone);
    }
}
