package id.satuatap.workflow.admin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the runtime administration (migrations). */
@ConfigMapping(prefix = "satuatap.admin")
public interface AdminConfig {

    /**
     * Up to this many instances a migration runs in the request, each instance checked exactly beforehand;
     * more run as an engine batch in the background, checked by their current activities only.
     */
    @WithDefault("50")
    int migrationSyncLimit();
}
