package id.satuatap.tip;

import id.satuatap.agency.AgencyRecords;
import jakarta.enterprise.context.ApplicationScoped;

/** Tips that name the agency, verified or not. */
@ApplicationScoped
public class AgencyTips implements AgencyRecords {

    @Override
    public String kind() {
        return "tips";
    }

    @Override
    public long countFor(String licenseNumber) {
        return Tip.count("placementAgencyLicense", licenseNumber);
    }
}
