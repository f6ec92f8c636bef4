package id.satuatap.region;

import java.util.Optional;

/** The four levels of Indonesia's administrative areas; a code's length tells its level. */
public enum RegionLevel {
    /** Provinsi: 2 digits. */
    PROVINCE(2),
    /** Kabupaten/kota: 4 digits. */
    REGENCY(4),
    /** Kecamatan: 6 digits. */
    DISTRICT(6),
    /** Desa/kelurahan: 10 digits. */
    VILLAGE(10);

    private final int digits;

    RegionLevel(int digits) {
        this.digits = digits;
    }

    public int digits() {
        return digits;
    }

    public static Optional<RegionLevel> ofLength(int length) {
        for (RegionLevel level : values()) {
            if (level.digits == length) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
