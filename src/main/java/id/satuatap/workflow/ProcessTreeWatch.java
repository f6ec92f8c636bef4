package id.satuatap.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

import java.util.List;

/**
 * Turns the engine's history events into {@link ProcessTreeChanged}. At history level full every change of a
 * running instance (activity, task, assignee, candidate group, variable, incident) leaves a history event, so
 * whoever caches what it derived from the engine learns here when to derive again, whatever made the change:
 * a request, a timer on any node, or an administrator.
 */
@ApplicationScoped
public class ProcessTreeWatch implements HistoryEventHandler {

    @Inject Event<ProcessTreeChanged> changed;
    @Inject OncePerTransaction once;

    @Override
    public void handleEvent(HistoryEvent event) {
        String root = event.getRootProcessInstanceId();
        if (root != null && once.first("process-tree:" + root)) {
            changed.fire(new ProcessTreeChanged(root));
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }
}
