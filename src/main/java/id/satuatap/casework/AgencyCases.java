package id.satuatap.casework;

import id.satuatap.agency.AgencyRecords;
import jakarta.enterprise.context.ApplicationScoped;

/** Cases complaining about the agency (it is their respondent). */
@ApplicationScoped
public class AgencyCases implements AgencyRecords {

    @Override
    public String kind() {
        return "cases";
    }

    @Override
    public long countFor(String licenseNumber) {
        return CaseRecord.count("respondent", licenseNumber);
    }
}
