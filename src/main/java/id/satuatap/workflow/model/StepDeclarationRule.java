package id.satuatap.workflow.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.ModelException;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A model-level rule of the deployment check: in the configured processes ({@link StepDeclarationConfig}), every
 * user task and milestone declares its stage (one of the configured vocabulary) and a display name in each
 * configured language, so that a step an administrator adds is shown with the right stage and readable text.
 */
@ApplicationScoped
public class StepDeclarationRule {

    @Inject StepDeclarationConfig config;

    public List<ModelProblem> check(ModelFile file) {
        List<String> processes = config.processes().orElse(List.of());
        if (!file.isBpmn() || processes.isEmpty()) {
            return List.of();
        }
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(file.content()));
        } catch (ModelException e) {
            return List.of(); // the engine's parser reports what is wrong with the file itself
        }
        boolean concerned = model.getModelElementsByType(Process.class).stream().anyMatch(p -> processes.contains(p.getId()));
        if (!concerned) {
            return List.of();
        }
        List<String> stages = config.stages().orElse(List.of());
        List<ModelProblem> problems = new ArrayList<>();
        StepDeclarations.steps(model).forEach(step -> {
            Map<String, String> declared = StepDeclarations.properties(step);
            String stage = declared.get(StepDeclarations.STAGE);
            if (stage == null || !stages.contains(stage)) {
                problems.add(new ModelProblem(file.name(), step.getId(), null, null, "the step " + step.getId()
                        + " must declare its stage (camunda:property stage, one of " + stages + ")"
                        + (stage == null ? "" : "; " + stage + " is not one")));
            }
            for (String language : config.languages()) {
                if (!declared.containsKey(StepDeclarations.NAME_PREFIX + language)) {
                    problems.add(new ModelProblem(file.name(), step.getId(), null, null, "the step " + step.getId()
                            + " must declare its display name in '" + language + "' (camunda:property "
                            + StepDeclarations.NAME_PREFIX + language + ")"));
                }
            }
        });
        return problems;
    }
}
