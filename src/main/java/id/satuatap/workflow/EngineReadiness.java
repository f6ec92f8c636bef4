package id.satuatap.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ManagementService;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the engine can read its own tables, i.e. the engine is built and the database answers. */
@Readiness
@ApplicationScoped
public class EngineReadiness implements HealthCheck {

    @Inject ProcessEngineProducer producer;
    @Inject ManagementService management;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("process-engine");
        try {
            management.getProperties();
            var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
                    producer.engine().getProcessEngineConfiguration();
            return response.up().withData("jobExecutor", configuration.getJobExecutor().isActive()).build();
        } catch (RuntimeException e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
