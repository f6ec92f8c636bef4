package id.satuatap.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Camunda's history producer, except that an activity assigned and ended in one engine command keeps its assignee
 * in the history. Within a command the end of an activity reuses the pending history update of the same row, and
 * Camunda writes a row's assignee and task only for updates, not for ends: a claim and a completion in one command
 * would otherwise leave the activity without the user who did the work. Marking that end as an update writes the
 * same columns two commands would have written, in one statement instead of two.
 */
class AssigneeKeepingHistoryProducer extends CacheAwareHistoryEventProducer {

    private static final String UPDATE = HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE.getEventName();

    @Override
    public HistoryEvent createActivityInstanceEndEvt(DelegateExecution execution) {
        var pending = findInCache(HistoricActivityInstanceEventEntity.class,
                ((ExecutionEntity) execution).getActivityInstanceId());
        boolean updatedInThisCommand = pending != null && UPDATE.equals(pending.getEventType());
        HistoryEvent end = super.createActivityInstanceEndEvt(execution);
        if (updatedInThisCommand) {
            end.setEventType(UPDATE);
        }
        return end;
    }
}
