package id.satuatap.workflow.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormField;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.*;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Follows each business-rule task to its decision table (in the same upload or already deployed) and
 * compares the table's inputs with the variables the process visibly sets. Delegates and start variables
 * can set variables no model shows, so a missing input is a warning, while a decision that exists nowhere
 * is a problem: the task would fail on every instance.
 */
@ApplicationScoped
public class DecisionInputCheck {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    @Inject RepositoryService repository;

    public record Findings(List<ModelProblem> problems, List<ModelProblem> warnings) {
    }

    /** Expects files that already passed the policy and the parser. */
    public Findings check(List<ModelFile> files) {
        Map<String, DmnModelInstance> uploaded = new HashMap<>();
        files.stream().filter(ModelFile::isDmn).forEach(f -> {
            DmnModelInstance dmn = Dmn.readModelFromStream(new ByteArrayInputStream(f.content()));
            dmn.getModelElementsByType(Decision.class).forEach(d -> uploaded.put(d.getId(), dmn));
        });
        List<ModelProblem> problems = new ArrayList<>();
        List<ModelProblem> warnings = new ArrayList<>();
        for (ModelFile file : files.stream().filter(ModelFile::isBpmn).toList()) {
            BpmnModelInstance bpmn = Bpmn.readModelFromStream(new ByteArrayInputStream(file.content()));
            Set<String> provided = providedVariables(bpmn);
            for (BusinessRuleTask task : bpmn.getModelElementsByType(BusinessRuleTask.class)) {
                String ref = task.getCamundaDecisionRef();
                if (ref == null || ExpressionGuard.containsExpression(ref)) {
                    continue;
                }
                Integer line = lineOf(file, task.getId());
                Optional<DmnModelInstance> dmn = Optional.ofNullable(uploaded.get(ref)).or(() -> deployed(ref));
                if (dmn.isEmpty()) {
                    problems.add(new ModelProblem(file.name(), task.getId(), line, null,
                            "decision '" + ref + "' is neither in this upload nor deployed"));
                    continue;
                }
                Set<String> known = new HashSet<>(provided);
                dmn.get().getModelElementsByType(Output.class).stream().map(Output::getName).filter(Objects::nonNull)
                        .forEach(known::add);
                for (Input input : inputsOf(dmn.get(), ref)) {
                    String expression = input.getInputExpression() == null || input.getInputExpression().getText() == null
                            ? null : input.getInputExpression().getText().getTextContent().trim();
                    if (expression != null && NAME.matcher(expression).matches() && !known.contains(expression)) {
                        warnings.add(new ModelProblem(file.name(), task.getId(), line, null, "decision '" + ref
                                + "' reads '" + expression + "', which no form field, output mapping or decision result "
                                + "of this model sets; the start variables or a delegate must provide it"));
                    }
                }
            }
        }
        return new Findings(problems, warnings);
    }

    private Optional<DmnModelInstance> deployed(String key) {
        return Optional.ofNullable(repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                .latestVersion().singleResult()).map(d -> read(d.getId()));
    }

    private DmnModelInstance read(String decisionDefinitionId) {
        try (InputStream in = repository.getDecisionModel(decisionDefinitionId)) {
            return Dmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Inputs of the decision and of the decisions it requires, which the engine evaluates first. */
    private static List<Input> inputsOf(DmnModelInstance dmn, String key) {
        Decision decision = dmn.getModelElementById(key);
        Set<String> required = new HashSet<>();
        collectRequired(dmn, decision, required);
        return required.stream().map(id -> (Decision) dmn.getModelElementById(id))
                .flatMap(d -> d.getChildElementsByType(DecisionTable.class).stream())
                .flatMap(t -> t.getInputs().stream()).toList();
    }

    private static void collectRequired(DmnModelInstance dmn, Decision decision, Set<String> seen) {
        if (decision == null || !seen.add(decision.getId())) {
            return;
        }
        decision.getInformationRequirements().stream().map(r -> r.getRequiredDecision()).filter(Objects::nonNull)
                .forEach(d -> collectRequired(dmn, d, seen));
    }

    private static Set<String> providedVariables(BpmnModelInstance bpmn) {
        Set<String> names = new HashSet<>();
        Stream.of(
                bpmn.getModelElementsByType(CamundaFormField.class).stream().map(CamundaFormField::getCamundaId),
                bpmn.getModelElementsByType(CamundaOutputParameter.class).stream().map(CamundaOutputParameter::getCamundaName),
                bpmn.getModelElementsByType(BusinessRuleTask.class).stream().map(BusinessRuleTask::getCamundaResultVariable),
                bpmn.getModelElementsByType(CamundaOut.class).stream().map(CamundaOut::getCamundaTarget),
                bpmn.getModelElementsByType(MultiInstanceLoopCharacteristics.class).stream()
                        .map(MultiInstanceLoopCharacteristics::getCamundaElementVariable))
                .flatMap(s -> s).filter(Objects::nonNull).forEach(names::add);
        return names;
    }

    /** The line of the element's id attribute; the model API keeps no positions. */
    static Integer lineOf(ModelFile file, String elementId) {
        String text = file.text();
        int at = text.indexOf("id=\"" + elementId + "\"");
        if (at < 0) {
            return null;
        }
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
