package id.satuatap.worker;

import id.satuatap.security.Account;
import id.satuatap.security.Accounts;
import id.satuatap.security.DemoAccounts;
import id.satuatap.security.SecurityConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The worker records the demo worker accounts speak for, so the mobile endpoints (e.g. /api/v1/me) work for
 * them at once. Lives here rather than in security's {@link DemoAccounts} because worker records are this
 * package's, and security must not depend on it. Runs after the demo accounts exist.
 */
@ApplicationScoped
public class DemoWorkers {

    private record Demo(String username, String nik, String fullName, LocalDate birthDate, String phone) {
    }

    // Women born in Cirebon regency (3209); a woman's NIK adds 40 to the day of birth.
    private static final Demo[] DEMOS = {
            new Demo("worker1", "3209155208980001", "Sri Wahyuni", LocalDate.of(1998, 8, 12), "+6281200000001"),
            new Demo("worker2", "3209156311990001", "Siti Aminah", LocalDate.of(1999, 11, 23), "+6281200000002"),
    };

    @Inject SecurityConfig config;
    @Inject Accounts accounts;

    void onStart(@Observes @Priority(21) StartupEvent event) {
        if (config.demoAccounts()) {
            QuarkusTransaction.requiringNew().run(this::linkMissing);
        }
    }

    private void linkMissing() {
        for (Demo demo : DEMOS) {
            Account account = Account.findByUsername(demo.username()).orElse(null);
            if (account == null || account.workerId != null) {
                continue;
            }
            Worker worker = Worker.findByNik(demo.nik()).orElseGet(() -> register(demo));
            if (accounts.linkedTo(worker.id).isEmpty()) {
                accounts.link(demo.username(), worker.id, "system", "demo data");
            }
        }
    }

    private static Worker register(Demo demo) {
        Worker worker = new Worker();
        worker.nik = demo.nik();
        worker.fullName = demo.fullName();
        worker.sex = Sex.FEMALE;
        worker.birthDate = demo.birthDate();
        worker.birthPlace = "Cirebon";
        worker.maritalStatus = MaritalStatus.SINGLE;
        worker.address.village = "Gebang";
        worker.address.district = "Gebang";
        worker.address.regencyCode = "3209";
        worker.address.provinceCode = "32";
        worker.phone = demo.phone();
        worker.createdAt = Instant.now();
        worker.createdBy = "system";
        worker.persist();
        return worker;
    }
}
