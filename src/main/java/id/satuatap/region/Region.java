package id.satuatap.region;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

/** One administrative area of the reference table (filled from the shipped data set, see {@link RegionLoader}). */
@Entity
@Table(name = "region")
public class Region extends PanacheEntityBase {

    /** Canonical code (digits only); its prefixes are the codes of the areas it lies in. */
    @Id
    @Column(length = 10)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public RegionLevel level;

    @Column(nullable = false, length = 100)
    public String name;
}
