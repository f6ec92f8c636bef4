package id.satuatap.workflow.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.*;
import java.util.regex.Pattern;

/**
 * What changed in a process version against the version before it, activity by activity. Activities are
 * matched by id, which is also how a migration maps them, so the diff tells an administrator which running
 * instances will need attention.
 */
@ApplicationScoped
public class ModelDiff {

    static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final Pattern FLOW_NODE = Pattern.compile("task|\\w+Task|subProcess|transaction|adHocSubProcess"
            + "|callActivity|\\w+Event|\\w+Gateway");
    /** References to sequence flows: rewiring around an activity does not change the activity itself. */
    private static final Set<String> WIRING = Set.of("incoming", "outgoing");

    @Inject RepositoryService repository;

    public record Activity(String id, String name, String type) {
    }

    public record VersionDiff(String definitionId, String key, int version, String previousDefinitionId,
                              Integer previousVersion, List<Activity> added, List<Activity> removed,
                              List<Activity> changed) {
    }

    public Optional<VersionDiff> diff(String definitionId) {
        ProcessDefinition current = repository.createProcessDefinitionQuery().processDefinitionId(definitionId)
                .singleResult();
        if (current == null) {
            return Optional.empty();
        }
        ProcessDefinition previous = repository.createProcessDefinitionQuery().processDefinitionKey(current.getKey())
                .orderByProcessDefinitionVersion().desc().list().stream()
                .filter(d -> d.getVersion() < current.getVersion()).findFirst().orElse(null);
        Map<String, Snapshot> now = activities(current);
        Map<String, Snapshot> before = previous == null ? Map.of() : activities(previous);
        List<Activity> added = now.keySet().stream().filter(id -> !before.containsKey(id)).map(id -> now.get(id).activity)
                .toList();
        List<Activity> removed = before.keySet().stream().filter(id -> !now.containsKey(id))
                .map(id -> before.get(id).activity).toList();
        List<Activity> changed = now.keySet().stream().filter(before::containsKey)
                .filter(id -> !now.get(id).canonical.equals(before.get(id).canonical)).map(id -> now.get(id).activity)
                .toList();
        return Optional.of(new VersionDiff(current.getId(), current.getKey(), current.getVersion(),
                previous == null ? null : previous.getId(), previous == null ? null : previous.getVersion(),
                added, removed, changed));
    }

    private record Snapshot(Activity activity, String canonical) {
    }

    private Map<String, Snapshot> activities(ProcessDefinition definition) {
        Element process = processElement(definition);
        Map<String, Snapshot> activities = new TreeMap<>();
        collect(process, activities);
        return activities;
    }

    private void collect(Element container, Map<String, Snapshot> into) {
        for (Element child : children(container)) {
            if (isFlowNode(child)) {
                into.put(child.getAttribute("id"), new Snapshot(new Activity(child.getAttribute("id"),
                        child.hasAttribute("name") ? child.getAttribute("name") : null, child.getLocalName()),
                        canonical(child)));
                collect(child, into);
            }
        }
    }

    /** The element's type, attributes and content, without nested activities and its wiring. */
    private static String canonical(Element element) {
        StringBuilder out = new StringBuilder("<").append(element.getNamespaceURI()).append(':')
                .append(element.getLocalName());
        List<Attr> attributes = new ArrayList<>();
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            Attr attribute = (Attr) element.getAttributes().item(i);
            if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
                attributes.add(attribute);
            }
        }
        attributes.sort(Comparator.comparing(a -> a.getNamespaceURI() + ":" + a.getLocalName()));
        attributes.forEach(a -> out.append(' ').append(a.getNamespaceURI()).append(':').append(a.getLocalName())
                .append("=\"").append(a.getValue()).append('"'));
        out.append('>');
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                boolean wiring = BPMN_NS.equals(child.getNamespaceURI()) && WIRING.contains(child.getLocalName());
                boolean nested = isFlowNode(child) || BPMN_NS.equals(child.getNamespaceURI())
                        && "sequenceFlow".equals(child.getLocalName());
                if (!wiring && !nested) {
                    out.append(canonical(child));
                }
            } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(node.getNodeValue().trim());
            }
        }
        return out.append("</>").toString();
    }

    private static boolean isFlowNode(Element element) {
        return BPMN_NS.equals(element.getNamespaceURI()) && FLOW_NODE.matcher(element.getLocalName()).matches();
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    private Element processElement(ProcessDefinition definition) {
        try (InputStream in = repository.getProcessModel(definition.getId())) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var processes = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS(BPMN_NS, "process");
            for (int i = 0; i < processes.getLength(); i++) {
                Element process = (Element) processes.item(i);
                if (definition.getKey().equals(process.getAttribute("id"))) {
                    return process;
                }
            }
            throw new IllegalStateException("deployed model " + definition.getId() + " lacks its process element");
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("deployed model " + definition.getId() + " cannot be read", e);
        }
    }
}
