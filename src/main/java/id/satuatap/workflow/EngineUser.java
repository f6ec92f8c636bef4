package id.satuatap.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.IdentityService;

import java.util.List;
import java.util.function.Supplier;

/** Runs engine calls as the signed-in user, so the engine records who started and who completed what. */
@ApplicationScoped
public class EngineUser {

    @Inject IdentityService identity;

    public <T> T as(String username, List<String> groups, Supplier<T> work) {
        identity.setAuthentication(username, groups);
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
