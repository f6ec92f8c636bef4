package id.satuatap.workflow.model;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/**
 * Which processes must declare, on each step, the stage it belongs to and its display names (see
 * docs/step-declarations.md), and the stages they may name. The vocabulary is the capability's, given in
 * configuration so that this package stays free of any domain.
 */
@ConfigMapping(prefix = "satuatap.models.steps")
public interface StepDeclarationConfig {

    /** Process keys whose models are refused when a step lacks its declarations; none when absent. */
    Optional<List<String>> processes();

    /** The stages a step may declare. */
    Optional<List<String>> stages();

    /** Languages each step must have a display name in ({@code name.<language>}). */
    @WithDefault("id,en")
    List<String> languages();
}
