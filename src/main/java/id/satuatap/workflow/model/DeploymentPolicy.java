package id.satuatap.workflow.model;

import id.satuatap.workflow.EngineConfig;
import id.satuatap.workflow.model.ParserVocabulary.Reading;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.util.*;
import java.util.stream.Collectors;

/**
 * Checks a model before the engine sees it. Camunda runs scripts, classes and expressions of a deployed
 * model on the server, so an admin upload would be remote code execution without this gate: only
 * allow-listed delegate beans, classes of our own packages and plain variable expressions pass.
 */
@ApplicationScoped
public class DeploymentPolicy {

    static final String CAMUNDA_NS = ParserVocabulary.CAMUNDA_BPMN;
    private static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
    private static final Set<String> FEEL = Set.of("feel", "https://www.omg.org/spec/DMN/20191111/FEEL/",
            "http://www.omg.org/spec/FEEL/20140401", "https://www.omg.org/spec/DMN/20230324/FEEL/");
    private static final Set<String> FORM_TYPES = Set.of("string", "long", "boolean", "date", "enum");

    @Inject EngineConfig config;

    private volatile ExpressionGuard guard;

    public List<ModelProblem> check(ModelFile file) {
        return check(file, null);
    }

    /**
     * Also checks that every literal candidate group is one of {@code knownGroups}; a group given as an
     * expression is decided at run time and not checked. {@code null} skips the group check (shipped models
     * are deployed before partner organisations are loaded).
     */
    public List<ModelProblem> check(ModelFile file, Set<String> knownGroups) {
        if (!file.isBpmn() && !file.isDmn()) {
            return List.of(new ModelProblem(file.name(), null, null, null, "only .bpmn and .dmn files can be deployed"));
        }
        List<ModelProblem> problems = new ArrayList<>();
        try {
            scan(file, knownGroups, problems);
        } catch (XMLStreamException e) {
            var location = e.getLocation();
            problems.add(new ModelProblem(file.name(), null,
                    location == null ? null : location.getLineNumber(),
                    location == null ? null : location.getColumnNumber(),
                    "not well-formed XML: " + e.getMessage().replaceFirst("(?s)^ParseError at \\[.*?]\\s*Message:\\s*", "")));
        }
        return problems;
    }

    /** Names of the delegate beans models may call. */
    public Set<String> allowedDelegates() {
        return guard().allowed();
    }

    private void scan(ModelFile file, Set<String> knownGroups, List<ModelProblem> problems) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(file.content()));
        Deque<String> ids = new ArrayDeque<>();
        ExpressionGuard guard = guard();
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String id = xml.getAttributeValue(null, "id");
                    ids.push(id != null ? id : ids.isEmpty() ? "" : ids.peek());
                    Report report = new Report(file.name(), ids.peek(), xml.getLocation().getLineNumber(), problems);
                    checkElement(xml, file, guard, report);
                    if (knownGroups != null && file.isBpmn()) {
                        checkCandidateGroups(xml, knownGroups, report);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    ids.pop();
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && file.isBpmn()) {
                    String text = xml.getText();
                    if (ExpressionGuard.containsExpression(text)) {
                        Report report = new Report(file.name(), ids.peek(), xml.getLocation().getLineNumber(), problems);
                        guard.check(text).ifPresent(report::add);
                    }
                }
            }
        } finally {
            xml.close();
        }
    }

    /**
     * Applies {@link ParserVocabulary}'s reading of the element's name and of each attribute's local name,
     * whatever the namespace prefix, since the engine too reads most of them unprefixed or in either of
     * its namespaces. Values of every other attribute pass the expression guard.
     */
    private void checkElement(XMLStreamReader xml, ModelFile file, ExpressionGuard guard, Report report) {
        String name = xml.getLocalName();
        String ns = xml.getNamespaceURI();
        if (file.isDmn()) {
            checkDecisionElement(xml, name, ns, report);
            return;
        }
        Reading element = ParserVocabulary.BPMN_ELEMENTS.get(name);
        if (ParserVocabulary.isCamundaBpmn(ns) && element == null) {
            report.add("'" + name + "' is not a Camunda extension element the engine reads; remove it");
        } else if (element == Reading.SCRIPT) {
            report.add(name.equals("scriptTask") ? "script tasks are not allowed; use a service task with an allowed delegate"
                    : "scripts (in listeners or input/output mappings) are not allowed");
        } else if (element == Reading.CONNECTOR) {
            report.add("connectors are not available on this server");
        }
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String attributeNs = xml.getAttributeNamespace(i);
            String attribute = xml.getAttributeLocalName(i);
            String value = xml.getAttributeValue(i);
            Reading reading = ParserVocabulary.BPMN_ATTRIBUTES.get(attribute);
            if (XSI_NS.equals(attributeNs)) {
                reading = Reading.VALUE;
            } else if (reading == null && ParserVocabulary.isCamundaBpmn(attributeNs)) {
                report.add("'" + attribute + "' of " + name + " is not a Camunda attribute the engine reads; remove it");
                continue;
            }
            switch (reading == null ? Reading.VALUE : reading) {
                case CLASS -> {
                    if (config.delegatePackages().stream().noneMatch(p -> value.startsWith(p + "."))) {
                        report.add("'" + attribute + "' of " + name + " names class '" + value + "', outside the allowed packages "
                                + config.delegatePackages());
                    }
                }
                case DELEGATE -> guard.checkDelegate(value).ifPresent(m -> report.add("'" + attribute + "' of " + name + ": " + m));
                case SCRIPT -> report.add("scripts are not allowed: '" + attribute + "' of " + name);
                case TASK_TYPE -> checkType(name, value, report);
                default -> guard.check(value).ifPresent(report::add);
            }
        }
    }

    /** A form field's type must be one the task API handles; on a task only external tasks are allowed. */
    private static void checkType(String element, String type, Report report) {
        if (element.equals("formField") || element.equals("formProperty")) {
            if (!FORM_TYPES.contains(type)) {
                report.add("form field type '" + type + "' is not supported; use one of " + FORM_TYPES);
            }
        } else if (!type.equals("external")) {
            report.add("task type '" + type + "' is not allowed; only 'external' or an allowed delegate");
        }
    }

    private static void checkDecisionElement(XMLStreamReader xml, String name, String ns, Report report) {
        if (ParserVocabulary.CAMUNDA_DMN.equals(ns)) {
            report.add("'" + name + "' is not a Camunda extension element the decision engine reads; remove it");
        }
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String attribute = xml.getAttributeLocalName(i);
            String value = xml.getAttributeValue(i);
            if (ParserVocabulary.CAMUNDA_DMN.equals(xml.getAttributeNamespace(i))
                    && !ParserVocabulary.CAMUNDA_DMN_ATTRIBUTES.contains(attribute)) {
                report.add("'" + attribute + "' is not a Camunda attribute the decision engine reads; remove it");
            }
            // JUEL and script languages in a decision table could call into the server; FEEL cannot.
            if (ParserVocabulary.DMN_PROPERTIES.get(attribute) == Reading.EXPRESSION_LANGUAGE
                    && !FEEL.contains(value) && !FEEL.contains(value.toLowerCase(Locale.ROOT))) {
                report.add("decision tables may use FEEL only, found expression language '" + value + "'");
            }
        }
    }

    private static void checkCandidateGroups(XMLStreamReader xml, Set<String> knownGroups, Report report) {
        String groups = xml.getAttributeValue(CAMUNDA_NS, "candidateGroups");
        if (groups == null) {
            groups = xml.getAttributeValue(ParserVocabulary.ACTIVITI_BPMN, "candidateGroups");
        }
        if (groups == null) {
            return;
        }
        for (String group : groups.split(",")) {
            String code = group.trim();
            if (!code.isEmpty() && !ExpressionGuard.containsExpression(code) && !knownGroups.contains(code)) {
                report.add("candidate group '" + code + "' does not exist; known groups: " + knownGroups);
            }
        }
    }

    private ExpressionGuard guard() {
        ExpressionGuard current = guard;
        if (current == null) {
            Set<Bean<?>> named = Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE).stream()
                    .filter(b -> b.getName() != null).collect(Collectors.toSet());
            Set<String> allowed = named.stream()
                    .filter(b -> b.getTypes().stream().anyMatch(t -> t == JavaDelegate.class
                            || t == ExecutionListener.class || t == TaskListener.class))
                    .filter(b -> config.delegatePackages().stream()
                            .anyMatch(p -> b.getBeanClass().getName().startsWith(p + ".")))
                    .map(Bean::getName).collect(Collectors.toCollection(TreeSet::new));
            Set<String> others = named.stream().map(Bean::getName).collect(Collectors.toSet());
            current = new ExpressionGuard(Collections.unmodifiableSet(allowed), others);
            guard = current;
        }
        return current;
    }

    private record Report(String resource, String elementId, int line, List<ModelProblem> problems) {
        void add(String message) {
            problems.add(new ModelProblem(resource, elementId == null || elementId.isEmpty() ? null : elementId,
                    line, null, message));
        }
    }
}
