package id.satuatap.worker;

/** Sex as recorded on the KTP and encoded in the NIK (day of birth + 40 for women). */
public enum Sex {
    MALE, FEMALE
}
