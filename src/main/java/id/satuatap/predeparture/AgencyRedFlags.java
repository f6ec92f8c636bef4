package id.satuatap.predeparture;

import id.satuatap.agency.AgencyRecords;
import jakarta.enterprise.context.ApplicationScoped;

/** Red flags raised on applications that name the agency. */
@ApplicationScoped
public class AgencyRedFlags implements AgencyRecords {

    @Override
    public String kind() {
        return "redFlags";
    }

    @Override
    public long countFor(String licenseNumber) {
        return RedFlag.count("applicationId in (select a.id from Application a where a.placementAgencyLicense = ?1)",
                licenseNumber);
    }
}
