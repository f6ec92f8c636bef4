package id.satuatap.partner;

import id.satuatap.security.SecurityConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Set;

import static id.satuatap.partner.ServiceKind.*;

/**
 * The partners of the demo accounts (sbmi, wcc, lbh) and the agencies a demo case is referred to, created
 * whenever demo accounts are. They cover the pilot regencies (Cirebon, Indramayu, Tulungagung, Blitar, East
 * Lampung) and the main destinations.
 */
@ApplicationScoped
public class DemoPartners {

    private static final Logger LOG = Logger.getLogger(DemoPartners.class);
    private static final Set<String> PILOT_REGENCIES = Set.of("3209", "3274", "3212", "3504", "3505", "1807");
    private static final Set<String> DESTINATIONS = Set.of("MY", "SA", "HK", "TW", "SG");

    @Inject SecurityConfig security;

    void onStart(@Observes @Priority(30) StartupEvent event) {
        if (security.demoAccounts()) {
            QuarkusTransaction.requiringNew().run(this::createMissing);
        }
    }

    private void createMissing() {
        List<Partner> demo = List.of(
                partner("SBMI", "Serikat Buruh Migran Indonesia", PartnerType.UNION,
                        Set.of(INFORMATION, COUNSELLING, CASE_ADVOCACY, PSYCHOSOCIAL_SUPPORT, ACCOMPANIMENT,
                                ECONOMIC_REINTEGRATION, PSYCHOSOCIAL_REINTEGRATION),
                        PILOT_REGENCIES, DESTINATIONS, Set.of("id", "jv", "su")),
                partner("WCC", "Women's Crisis Center Mawar Balqis", PartnerType.WOMENS_CRISIS_CENTRE,
                        Set.of(COUNSELLING, PSYCHOSOCIAL_SUPPORT, LEGAL_ADVICE, ACCOMPANIMENT, SHELTER, PSYCHOSOCIAL_REINTEGRATION),
                        Set.of("3209", "3274", "3212"), Set.of(), Set.of("id", "jv", "su")),
                partner("LBH", "Lembaga Bantuan Hukum", PartnerType.LEGAL_AID,
                        Set.of(LEGAL_ADVICE, MEDIATION, LITIGATION, ACCOMPANIMENT),
                        PILOT_REGENCIES, Set.of(), Set.of("id", "jv")),
                partner("KBRI_KUALA_LUMPUR", "KBRI Kuala Lumpur", PartnerType.EMBASSY,
                        Set.of(CONSULAR_ASSISTANCE, REPATRIATION, SHELTER, LEGAL_ADVICE, MEDIATION, RETURN_OF_REMAINS), Set.of(), Set.of("MY"), Set.of("id", "ms")),
                partner("KBRI_RIYADH", "KBRI Riyadh", PartnerType.EMBASSY,
                        Set.of(CONSULAR_ASSISTANCE, REPATRIATION, SHELTER, LEGAL_ADVICE, MEDIATION, RETURN_OF_REMAINS), Set.of(), Set.of("SA"), Set.of("id", "ar")),
                partner("POLDA_TPPO", "Polda anti-trafficking task force", PartnerType.POLICE,
                        Set.of(INVESTIGATION), PILOT_REGENCIES, Set.of(), Set.of("id")),
                partner("BP2MI_CRISIS", "BP2MI Crisis Center", PartnerType.BP2MI,
                        Set.of(CASE_ADVOCACY, CONSULAR_ASSISTANCE, REPATRIATION, RETURN_OF_REMAINS), Set.of(), DESTINATIONS, Set.of("id")),
                partner("DINSOS_JABAR", "Dinas Sosial Jawa Barat", PartnerType.SOCIAL_SERVICE,
                        Set.of(SHELTER, ECONOMIC_REINTEGRATION, PSYCHOSOCIAL_REINTEGRATION), Set.of("3209", "3274", "3212"),
                        Set.of(), Set.of("id", "su", "jv")));
        int created = 0;
        for (Partner partner : demo) {
            if (Partner.findByCode(partner.code).isEmpty()) {
                partner.persist();
                created++;
            }
        }
        if (created > 0) {
            LOG.infof("Created %d demo partners", created);
        }
    }

    private static Partner partner(String code, String name, PartnerType type, Set<ServiceKind> services,
                                   Set<String> regencies, Set<String> countries, Set<String> languages) {
        var partner = new Partner();
        partner.code = code;
        partner.name = name;
        partner.type = type;
        partner.services.addAll(services);
        partner.regencyCodes.addAll(regencies);
        partner.countries.addAll(countries);
        partner.languages.addAll(languages);
        partner.capacity = 1000;
        return partner;
    }
}
