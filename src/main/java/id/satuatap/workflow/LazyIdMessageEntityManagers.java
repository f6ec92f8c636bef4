package id.satuatap.workflow;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManagerFactory;

/**
 * Camunda's entity manager, except that the id check before each insert builds its error message only when the
 * check fails. Camunda writes {@code "Entity " + entity + " has an invalid id"} first, every time, and so renders
 * each inserted row as text (history events with their dates, candidate links): 3 % of the server's CPU under the
 * task load (bench/history/results-log-2026-11.md). The check is the same: an id may be neither null nor the authorization wildcard.
 */
class LazyIdMessageEntityManagers extends DbEntityManagerFactory {

    LazyIdMessageEntityManagers(IdGenerator idGenerator) {
        super(idGenerator);
    }

    @Override
    public DbEntityManager openSession() {
        PersistenceSession persistence = Context.getCommandContext().getSession(PersistenceSession.class);
        return new DbEntityManager(idGenerator, persistence) {
            @Override
            protected void validateId(DbEntity entity) {
                String id = entity.getId();
                if (id == null || Authorization.ANY.equals(id)) {
                    super.validateId(entity);
                }
            }
        };
    }
}
