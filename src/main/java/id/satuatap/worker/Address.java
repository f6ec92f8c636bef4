package id.satuatap.worker;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where a worker lives, with the region codes that route their cases to nearby partners. */
@Embeddable
public class Address {

    @Column(length = 100)
    public String village;

    @Column(length = 100)
    public String district;

    @Column(name = "regency_code", length = 4)
    public String regencyCode;

    @Column(name = "province_code", length = 2)
    public String provinceCode;

    /** Kemendagri village (desa/kelurahan) code, 10 digits, checked against the region table. */
    @Column(name = "village_code", length = 10)
    public String villageCode;
}
