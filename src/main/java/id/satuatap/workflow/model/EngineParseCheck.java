package id.satuatap.workflow.model;

import id.satuatap.workflow.ProcessEngineProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.dmn.engine.DmnEngineException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.model.xml.ModelException;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the engine's own BPMN and DMN parsers over a file without deploying it, so a dry run reports what a
 * deployment would: missing attributes, unknown references, invalid timer or decision definitions.
 */
@ApplicationScoped
public class EngineParseCheck {

    @Inject ProcessEngineProducer engines;

    public List<ModelProblem> check(ModelFile file) {
        var configuration = (ProcessEngineConfigurationImpl) engines.engine().getProcessEngineConfiguration();
        // Both parsers read engine settings from the command context. The parse only builds in-memory
        // definitions: nothing reaches the database or the deployment cache.
        return configuration.getCommandExecutorTxRequired().execute(context -> {
            try {
                if (file.isBpmn()) {
                    var deployment = new DeploymentEntity();
                    deployment.setName("validation");
                    bpmnParser(configuration).createParse().deployment(deployment).name(file.name())
                            .sourceInputStream(new ByteArrayInputStream(file.content())).execute();
                } else if (file.isDmn()) {
                    configuration.getDmnEngine().parseDecisionRequirementsGraph(new ByteArrayInputStream(file.content()));
                }
                return List.of();
            } catch (ParseException e) {
                return problems(e);
            } catch (DmnEngineException | ProcessEngineException | ModelException e) {
                return List.of(new ModelProblem(file.name(), null, null, null, e.getMessage()));
            }
        });
    }

    private static BpmnParser bpmnParser(ProcessEngineConfigurationImpl configuration) {
        return configuration.getDeployers().stream().filter(BpmnDeployer.class::isInstance)
                .map(d -> ((BpmnDeployer) d).getBpmnParser()).findFirst()
                .orElseThrow(() -> new IllegalStateException("the engine has no BPMN deployer"));
    }

    /** The parser's findings, each with the file, element id and line it names. */
    static List<ModelProblem> problems(ParseException e) {
        List<ModelProblem> problems = new ArrayList<>();
        for (var report : e.getResorceReports()) {
            for (var problem : report.getErrors()) {
                problems.add(new ModelProblem(report.getResourceName(), problem.getMainElementId(),
                        problem.getLine() > 0 ? problem.getLine() : null,
                        problem.getColumn() > 0 ? problem.getColumn() : null,
                        problem.getMessage()));
            }
        }
        if (problems.isEmpty()) {
            problems.add(new ModelProblem(null, null, null, null, e.getMessage()));
        }
        return problems;
    }
}
