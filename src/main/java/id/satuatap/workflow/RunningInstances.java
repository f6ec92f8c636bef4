package id.satuatap.workflow;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.SQLException;

/**
 * Whether a process instance still runs, by its primary key. The engine's process-instance query answers the
 * same but builds its large dynamic SQL through OGNL each time: a third of a status read's CPU.
 */
@ApplicationScoped
public class RunningInstances {

    @Inject AgroalDataSource dataSource;

    public boolean isRunning(String processInstanceId) {
        if (processInstanceId == null) {
            return false;
        }
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement(
                     "SELECT 1 FROM ACT_RU_EXECUTION WHERE ID_ = ? AND PROC_INST_ID_ = ID_")) {
            statement.setString(1, processInstanceId);
            try (var rows = statement.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the state of a process instance failed", e);
        }
    }
}
