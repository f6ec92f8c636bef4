package id.satuatap.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import java.util.function.Supplier;

/**
 * Runs several engine calls as one engine command. Each service call is otherwise a command of its own that
 * reads the task, its execution and their links again and flushes on its own; inside one command they share
 * the entity cache and write once (a claim and a completion in one command keep the activity's assignee through
 * {@link AssigneeKeepingHistoryProducer}).
 */
@ApplicationScoped
public class EngineCommand {

    @Inject ProcessEngineProducer producer;

    public <T> T run(Supplier<T> work) {
        var configuration = (ProcessEngineConfigurationImpl) producer.engine().getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(context -> work.get());
    }
}
