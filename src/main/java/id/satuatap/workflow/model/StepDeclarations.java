package id.satuatap.workflow.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What the steps of a deployed model declare about themselves in {@code camunda:properties}: {@code stage} and
 * {@code name.<language>} (docs/step-declarations.md). Read once per process definition: a deployed definition
 * never changes.
 */
@ApplicationScoped
public class StepDeclarations {

    public static final String STAGE = "stage";
    public static final String NAME_PREFIX = "name.";

    private final Map<String, Map<String, Map<String, String>>> byDefinition = new ConcurrentHashMap<>();

    @Inject RepositoryService repository;

    /** The stage a step of this definition declares. */
    public Optional<String> stage(String processDefinitionId, String activityId) {
        return Optional.ofNullable(of(processDefinitionId).getOrDefault(activityId, Map.of()).get(STAGE));
    }

    /** The step's display name in the language of the locale, else in the first language it has one in. */
    public Optional<String> name(String processDefinitionId, String activityId, Locale locale) {
        Map<String, String> properties = of(processDefinitionId).getOrDefault(activityId, Map.of());
        String own = properties.get(NAME_PREFIX + locale.getLanguage());
        return own != null ? Optional.of(own) : properties.entrySet().stream()
                .filter(e -> e.getKey().startsWith(NAME_PREFIX)).map(Map.Entry::getValue).sorted().findFirst();
    }

    private Map<String, Map<String, String>> of(String processDefinitionId) {
        if (processDefinitionId == null) {
            return Map.of();
        }
        return byDefinition.computeIfAbsent(processDefinitionId, id -> read(repository.getBpmnModelInstance(id)));
    }

    static Map<String, Map<String, String>> read(BpmnModelInstance model) {
        Map<String, Map<String, String>> steps = new HashMap<>();
        steps(model).forEach(step -> steps.put(step.getId(), properties(step)));
        return steps;
    }

    /** User tasks and milestones: call activities, catch events and none intermediate events. */
    static Stream<BaseElement> steps(BpmnModelInstance model) {
        return Stream.of(UserTask.class, CallActivity.class, IntermediateCatchEvent.class, IntermediateThrowEvent.class)
                .map(model::getModelElementsByType).flatMap(Collection::stream).map(BaseElement.class::cast);
    }

    static Map<String, String> properties(BaseElement step) {
        Map<String, String> properties = new HashMap<>();
        ExtensionElements extensions = step.getExtensionElements();
        if (extensions != null) {
            extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                    .flatMap(p -> p.getCamundaProperties().stream())
                    .filter(p -> p.getCamundaName() != null && p.getCamundaValue() != null && !p.getCamundaValue().isBlank())
                    .forEach((CamundaProperty p) -> properties.put(p.getCamundaName(), p.getCamundaValue()));
        }
        return properties;
    }
}
