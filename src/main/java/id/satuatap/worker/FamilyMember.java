package id.satuatap.worker;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One line of the KK (family card). */
@Embeddable
public class FamilyMember {

    @Column(name = "member_name", nullable = false, length = 150)
    public String name;

    @Column(name = "member_nik", length = 16)
    public String nik;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public FamilyRelation relation;
}
