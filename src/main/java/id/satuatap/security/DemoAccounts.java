package id.satuatap.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The demo accounts listed in README (password {@code demo}), created on an embedded start. The worker package
 * links {@code worker1} and {@code worker2} to demo worker records right after (worker/DemoWorkers).
 */
@ApplicationScoped
public class DemoAccounts {

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class);
    public static final String PASSWORD = "demo";
    public static final List<String> PARTNERS = List.of("SBMI", "WCC", "LBH");
    public static final List<String> WORKERS = List.of("worker1", "worker2");

    @Inject SecurityConfig config;

    void onStart(@Observes @Priority(20) StartupEvent event) {
        if (config.demoAccounts()) {
            QuarkusTransaction.requiringNew().run(this::createMissing);
        }
    }

    private void createMissing() {
        // One hash for all (they share the published password anyway), computed only if an account is missing:
        // PBKDF2 on a cold JVM was a tenth of the CPU of every start-up.
        Supplier<String> hash = new Supplier<>() {
            private String value;

            @Override
            public String get() {
                if (value == null) {
                    value = PasswordHasher.hash(PASSWORD);
                }
                return value;
            }
        };
        int created = 0;
        created += ensure("admin", Role.ADMIN, Set.of(), hash);
        created += ensure("coordinator", Role.COORDINATOR, Set.of(Desk.COORDINATOR.name()), hash);
        for (Desk desk : Arrays.stream(Desk.values()).filter(d -> d != Desk.COORDINATOR).toList()) {
            created += ensure(desk.name().toLowerCase(), Role.DESK, Set.of(desk.name()), hash);
        }
        for (String partner : PARTNERS) {
            created += ensure(partner.toLowerCase(), Role.PARTNER, Set.of(partner), hash);
        }
        for (String worker : WORKERS) {
            created += ensure(worker, Role.WORKER, Set.of(), hash);
        }
        if (created > 0) {
            LOG.infof("Created %d demo accounts", created);
        }
    }

    private int ensure(String username, Role role, Set<String> groups, Supplier<String> hash) {
        if (Account.findByUsername(username).isPresent()) {
            return 0;
        }
        var account = new Account();
        account.username = username;
        account.passwordHash = hash.get();
        account.role = role;
        account.groups.addAll(groups);
        account.persist();
        return 1;
    }
}
