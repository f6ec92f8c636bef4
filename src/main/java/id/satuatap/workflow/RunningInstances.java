package id.satuatap.workflow;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plain indexed reads of running process instances: whether one runs, those with a business key, their business
 * keys, those waiting for a message. The engine's process-instance query answers the same but builds its large dynamic SQL through OGNL each
 * time (a third of a status read's CPU, and of a task list's where it only fetched business keys), and its
 * business-key filter is a join H2 does not drive from the key's index.
 */
@ApplicationScoped
public class RunningInstances {

    @Inject AgroalDataSource dataSource;

    public boolean isRunning(String processInstanceId) {
        if (processInstanceId == null) {
            return false;
        }
        return EngineRows.exists(dataSource, "SELECT 1 FROM ACT_RU_EXECUTION WHERE ID_ = ? AND PROC_INST_ID_ = ID_",
                List.of(processInstanceId));
    }

    /** Ids of the running process instances with this business key (an application's document checks share its key). */
    public List<String> withBusinessKey(String businessKey) {
        List<String> ids = new ArrayList<>();
        EngineRows.whereIdIn(dataSource, "SELECT ID_ FROM ACT_RU_EXECUTION WHERE PROC_INST_ID_ = ID_ AND BUSINESS_KEY_",
                List.of(businessKey), row -> ids.add(row.getString(1)));
        return ids;
    }

    /**
     * Those running instances with this business key that wait for the message {@code messageName} (an
     * application's document checks waiting for an upload), read from their executions' subscriptions: the
     * engine's execution query by business key and message starts from every subscription to that message in the
     * service.
     */
    public Set<String> waitingForMessage(String businessKey, String messageName) {
        Set<String> waiting = new HashSet<>();
        EngineRows.whereIdIn(dataSource, "SELECT E.PROC_INST_ID_, S.EVENT_TYPE_, S.EVENT_NAME_ FROM ACT_RU_EXECUTION E "
                + "JOIN ACT_RU_EVENT_SUBSCR S ON S.EXECUTION_ID_ = E.ID_ WHERE E.PROC_INST_ID_", withBusinessKey(businessKey),
                row -> {
                    if ("message".equals(row.getString(2)) && messageName.equals(row.getString(3))) {
                        waiting.add(row.getString(1));
                    }
                });
        return waiting;
    }

    /** Business keys of the running process instances among {@code processInstanceIds}, by instance id. */
    public Map<String, String> businessKeys(Collection<String> processInstanceIds) {
        Map<String, String> keys = new HashMap<>();
        EngineRows.whereIdIn(dataSource, "SELECT ID_, BUSINESS_KEY_ FROM ACT_RU_EXECUTION "
                + "WHERE PROC_INST_ID_ = ID_ AND BUSINESS_KEY_ IS NOT NULL AND ID_", processInstanceIds,
                row -> keys.put(row.getString(1), row.getString(2)));
        return keys;
    }
}
