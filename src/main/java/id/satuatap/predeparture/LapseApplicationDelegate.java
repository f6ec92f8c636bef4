package id.satuatap.predeparture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jboss.logging.Logger;

/** A document was not (re)submitted within the waiting period: the application lapses, with notice on its timeline. */
@Named("lapseApplication")
@ApplicationScoped
public class LapseApplicationDelegate implements JavaDelegate {

    private static final Logger LOG = Logger.getLogger(LapseApplicationDelegate.class);

    @Inject ApplicationOutcomes outcomes;

    @Override
    public void execute(DelegateExecution execution) {
        Application application = outcomes.close(execution, ApplicationStatus.LAPSED, TimelineEvent.LAPSED, Timeline.Detail.NONE);
        LOG.infof("Application %s lapsed", application.id);
    }
}
