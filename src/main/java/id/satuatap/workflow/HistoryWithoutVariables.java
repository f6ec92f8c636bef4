package id.satuatap.workflow;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * The engine's history writer, except for process variables: every history table is written as at level full
 * (instances, activities, tasks, candidate groups, the operation log, incidents, jobs, decisions) but not
 * ACT_HI_VARINST and ACT_HI_DETAIL. Variables are the process's working values; the record of a case or an
 * application is kept in its own tables under its own access rules. Variable history would keep a copy of every
 * value ever set — free text that the delegates move into restricted notes and then remove, names and numbers
 * from forms — outside those rules; writing it was a quarter to two fifths of the raw engine's CPU per pre-departure application
 * (bench/history/results-log-2026-11.md). Other history handlers still see the variable events.
 */
public class HistoryWithoutVariables extends DbHistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
        if (!(event instanceof HistoricVariableUpdateEventEntity)) {
            super.handleEvent(event);
        }
    }
}
