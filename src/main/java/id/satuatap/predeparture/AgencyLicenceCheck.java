package id.satuatap.predeparture;

import id.satuatap.agency.Agencies;
import id.satuatap.agency.Standing;
import id.satuatap.audit.AuditLog;
import id.satuatap.problem.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The P3MI an application names must hold an active licence in the registry. An unknown number is a typing error
 * the client can fix (400); a suspended, revoked or lapsed licence stops the application with a red flag of its
 * own, which opens a case like every red flag: recruiting without a licence is how trafficking starts.
 */
@ApplicationScoped
public class AgencyLicenceCheck {

    public static final String RED_FLAG_KIND = "AGENCY_NOT_LICENSED";
    private static final Logger LOG = Logger.getLogger(AgencyLicenceCheck.class);

    @Inject Agencies agencies;
    @Inject Timeline timeline;
    @Inject AuditLog audit;
    @Inject Event<RedFlagRaised> redFlagRaised;

    /** The licence's standing, or null when the application names no agency. */
    Standing standing(String licenseNumber) {
        if (licenseNumber == null || licenseNumber.isBlank()) {
            return null;
        }
        Standing standing = agencies.standing(licenseNumber, LocalDate.now());
        if (standing == Standing.UNKNOWN) {
            throw ApiException.invalid("placementAgencyLicense", "is not the licence number of a P3MI in the registry");
        }
        return standing;
    }

    /** Records the application as stopped with the red flag; no pre-departure process starts for it. */
    void stop(Application application, Standing standing, String actor) {
        application.close(ApplicationStatus.STOPPED);
        application.persist();
        var flag = new RedFlag();
        flag.applicationId = application.id;
        flag.raisedAt = Instant.now();
        flag.kinds.add(RED_FLAG_KIND);
        flag.evidence.add("placementAgencyLicense: the licence " + application.placementAgencyLicense.trim() + " is "
                + standing.name().toLowerCase() + " in the P3MI registry");
        flag.persist();
        timeline.record(application.id, TimelineEvent.RED_FLAG_RAISED, Timeline.Detail.subject(RED_FLAG_KIND));
        audit.record(actor, "RED_FLAG_RAISED", "APPLICATION", application.id, "red flag " + flag.id + ": " + flag.kinds);
        LOG.infof("Application %s stopped: agency licence %s", application.id, standing);
        redFlagRaised.fire(new RedFlagRaised(application.id, application.workerId, application.destinationCountry,
                List.copyOf(flag.kinds), List.copyOf(flag.evidence)));
    }
}
