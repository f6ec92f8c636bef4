package id.satuatap.agency;

import id.satuatap.security.SecurityConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** Demo P3MIs (invented names and numbers), one of each status, created whenever demo accounts are. */
@ApplicationScoped
public class DemoAgencies {

    @Inject SecurityConfig security;

    void onStart(@Observes @Priority(30) StartupEvent event) {
        if (security.demoAccounts()) {
            QuarkusTransaction.requiringNew().run(() -> {
                ensure("P3MI-2024-0117", "PT Demo Sejahtera Abadi", AgencyStatus.ACTIVE, Set.of("3209", "3212"));
                ensure("P3MI-2019-0042", "PT Demo Karya Mandiri", AgencyStatus.SUSPENDED, Set.of("3209"));
                ensure("P3MI-2016-0008", "PT Demo Cahaya Timur", AgencyStatus.REVOKED, Set.of("5301"));
            });
        }
    }

    private static void ensure(String license, String name, AgencyStatus status, Set<String> branches) {
        if (PlacementAgency.findByLicense(license).isPresent()) {
            return;
        }
        var agency = new PlacementAgency();
        agency.licenseNumber = license;
        agency.name = name;
        agency.status = status;
        agency.validFrom = LocalDate.of(2024, 1, 1);
        agency.validUntil = LocalDate.of(2029, 12, 31);
        agency.branchRegencyCodes.addAll(branches);
        agency.updatedBy = "system";
        agency.updatedAt = Instant.now();
        agency.persist();
    }
}
