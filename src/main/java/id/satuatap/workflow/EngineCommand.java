package id.satuatap.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import java.util.function.Supplier;

/**
 * Runs several engine calls as one engine command. Each service call is otherwise a command of its own that
 * reads the task, its execution and their links again and flushes on its own; inside one command they share
 * the entity cache and write once. Not for steps whose history updates touch the same row: history keeps only
 * the last pending update of a row per command (a claim's assignee on the activity would be lost to its end).
 */
@ApplicationScoped
public class EngineCommand {

    @Inject ProcessEngineProducer producer;

    public <T> T run(Supplier<T> work) {
        var configuration = (ProcessEngineConfigurationImpl) producer.engine().getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(context -> work.get());
    }
}
