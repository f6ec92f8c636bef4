package id.satuatap.predeparture;

import id.satuatap.document.DocumentType;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

/**
 * Defaults of the pre-departure service (docs/domain.md). Durations are calendar time: the engine's timers know no
 * working days, so "2 working days" is approximated by 2 days.
 */
@ConfigMapping(prefix = "satuatap.predeparture")
public interface PredepartureConfig {

    /** How long a desk task may wait before the desk is reminded. */
    @WithDefault("P2D")
    Duration deskReminder();

    /** How long a desk task may wait before COORDINATOR is added to it. */
    @WithDefault("P4D")
    Duration deskEscalation();

    /** How long the process waits for a (re)submitted document before the application lapses. */
    @WithDefault("P30D")
    Duration resubmissionWait();

    /** Candidate group of the MRC partner that offers pre-departure counselling. */
    @WithDefault("SBMI")
    String mrcPartnerGroup();

    /** Documents verified right after registration. */
    @WithDefault("KTP,KK,BIRTH_CERTIFICATE,MARRIAGE_STATUS,FAMILY_CONSENT,COMPETENCY_CERTIFICATE")
    List<DocumentType> identityDocuments();

    /** How many rendered status views (application, audience, language) a node keeps; 0 keeps none. */
    @WithDefault("2000")
    int statusViewCacheSize();

    /** Documents the desks issue or check after the passport recommendation, in parallel. */
    @WithDefault("PASSPORT,MEDICAL_CHECK,SKCK,BPJS_CARD")
    List<DocumentType> deskDocuments();
}
