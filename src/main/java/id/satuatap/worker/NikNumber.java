package id.satuatap.worker;

import id.satuatap.problem.ApiException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Set;

/**
 * NIK (Nomor Induk Kependudukan), the 16-digit national identity number {@code PPKKCC DDMMYY SSSS}: province,
 * regency and district of registration, date of birth (day + 40 for women) and a serial. The encoded birth
 * date and sex are what brokers' forged papers contradict, so they are read from here, never guessed.
 */
public record NikNumber(String value, LocalDate birthDate, Sex sex) {

    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "16", "17", "18", "19", "21",
            "31", "32", "33", "34", "35", "36", "51", "52", "53",
            "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76", "81", "82",
            "91", "92", "93", "94", "95", "96", "97");

    /** Parses and checks a NIK; a 400 naming {@code nik} says what is wrong. */
    public static NikNumber parse(String text) {
        return parse(text, Year.now().getValue());
    }

    static NikNumber parse(String text, int currentYear) {
        if (text == null || !text.matches("\\d{16}")) {
            throw invalid("must be exactly 16 digits");
        }
        if (!PROVINCES.contains(text.substring(0, 2))) {
            throw invalid("starts with an unknown province code " + text.substring(0, 2));
        }
        int day = Integer.parseInt(text.substring(6, 8));
        int month = Integer.parseInt(text.substring(8, 10));
        int yy = Integer.parseInt(text.substring(10, 12));
        Sex sex = day > 40 ? Sex.FEMALE : Sex.MALE;
        int dayOfMonth = sex == Sex.FEMALE ? day - 40 : day;
        // Two-digit years: a year that would lie in the future belongs to the previous century.
        int year = 2000 + yy > currentYear ? 1900 + yy : 2000 + yy;
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(year, month, dayOfMonth);
        } catch (DateTimeException e) {
            throw invalid("does not encode a valid date of birth");
        }
        if (text.endsWith("0000")) {
            throw invalid("has serial 0000");
        }
        return new NikNumber(text, birthDate, sex);
    }

    public String provinceCode() {
        return value.substring(0, 2);
    }

    /** Province and regency, e.g. {@code 3209} for Cirebon regency. */
    public String regencyCode() {
        return value.substring(0, 4);
    }

    public String districtCode() {
        return value.substring(0, 6);
    }

    /** Whether a declared birth date and sex agree with what this NIK encodes. */
    public boolean agreesWith(LocalDate declaredBirthDate, Sex declaredSex) {
        return birthDate.equals(declaredBirthDate) && sex == declaredSex;
    }

    private static ApiException invalid(String message) {
        return ApiException.invalid("nik", message);
    }

    @Override
    public String toString() {
        // Never the whole number: records end up in logs.
        return "NIK " + value.substring(0, 6) + "**********";
    }
}
