package id.satuatap.workflow.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import java.util.concurrent.atomic.AtomicBoolean;

/** A service step of the incident tests that fails while its outage flag is set, like a desk system that is down. */
@Named("flakyStep")
@ApplicationScoped
public class FlakyStep implements JavaDelegate {

    private final AtomicBoolean down = new AtomicBoolean();

    public void down(boolean isDown) {
        down.set(isDown);
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (down.get()) {
            throw new IllegalStateException("partner system unavailable");
        }
        execution.setVariable("stepDone", true);
    }
}
