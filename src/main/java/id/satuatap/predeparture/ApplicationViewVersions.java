package id.satuatap.predeparture;

import id.satuatap.workflow.OncePerTransaction;
import id.satuatap.workflow.ProcessTreeChanged;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Moves an application's view version ({@link Application#viewVersion}) in the transaction of every change to
 * what its status view shows: the application, its documents, red flags and timeline (through
 * {@link ApplicationViewListener}) and its process tree (through the engine's history). The version lives in the
 * shared database, so a view cached on any node is served only while nothing it was made from has changed.
 *
 * <p>Plain JDBC on the transaction's connection, not Hibernate: the listener runs inside Hibernate's flush, and a
 * Hibernate query there would flush again.
 */
@ApplicationScoped
public class ApplicationViewVersions {

    @Inject AgroalDataSource dataSource;
    @Inject OncePerTransaction once;

    void onProcessTreeChanged(@Observes ProcessTreeChanged change) {
        if (once.first("application-view-tree:" + change.rootProcessInstanceId())) {
            bump("process_instance_id", change.rootProcessInstanceId());
        }
    }

    void applicationChanged(String applicationId) {
        if (once.first("application-view:" + applicationId)) {
            bump("id", applicationId);
        }
    }

    private void bump(String column, String value) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update pd_application set view_version = view_version + 1 where " + column + " = ?")) {
            update.setString(1, value);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not move the view version of an application", e);
        }
    }
}
