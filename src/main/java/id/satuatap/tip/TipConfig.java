package id.satuatap.tip;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "satuatap.tips")
public interface TipConfig {

    /** The police unit or BP3MI verifies a tip within this; then the coordinator is brought in. */
    @WithDefault("PT48H")
    Duration verificationSla();
}
