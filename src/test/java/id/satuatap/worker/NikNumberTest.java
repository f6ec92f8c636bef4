package id.satuatap.worker;

import id.satuatap.problem.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

class NikNumberTest {

    @Test
    void aWomansDayOfBirthCarriesForty() {
        NikNumber nik = NikNumber.parse("3209154503010001", 2026);
        assertEquals(LocalDate.of(2001, 3, 5), nik.birthDate());
        assertEquals(Sex.FEMALE, nik.sex());
        assertEquals("3209", nik.regencyCode());
        assertEquals("32", nik.provinceCode());
    }

    @Test
    void aMansDayOfBirthIsPlain() {
        NikNumber nik = NikNumber.parse("3509011208850003", 2026);
        assertEquals(LocalDate.of(1985, 8, 12), nik.birthDate());
        assertEquals(Sex.MALE, nik.sex());
    }

    @Test
    void aWomanWithoutFortyReadsAsAMan() {
        NikNumber nik = NikNumber.parse("3209150503010001", 2026);
        assertFalse(nik.agreesWith(LocalDate.of(2001, 3, 5), Sex.FEMALE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"320915450301000", "32091545030100011", "32091545030100A1", "9909154503010001",
            "3209153203010001", "3209157203010001", "3209154513010001", "3209154503010000", "3209153002010001"})
    void invalidNumbersAreRefusedNamingTheField(String text) {
        ApiException e = assertThrows(ApiException.class, () -> NikNumber.parse(text, 2026));
        assertEquals(400, e.status());
        assertEquals("nik", e.errors().get(0).field());
    }

    @Test
    void neverPrintsTheWholeNumber() {
        assertFalse(NikNumber.parse("3209154503010001", 2026).toString().contains("4503010001"));
    }

    @Test
    void namesCompareWithoutCaseSpacesOrPunctuation() {
        assertTrue(PersonNames.same("Siti Nur'aini", "SITI  NURAINI"));
        assertTrue(PersonNames.same("siti nur-aini", "Siti Nuraini"));
        assertFalse(PersonNames.same("Siti Nuraini", "Siti Nuraeni"));
        assertFalse(PersonNames.same("", ""));
    }
}
