package id.satuatap.workflow.model;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every attribute and element name Camunda's BPMN and DMN parsers read, with what the deployment policy
 * makes of it. The engine looks attributes up by local name, unprefixed or in the Camunda (or legacy
 * Activiti) namespace, and some elements in any namespace, so the policy applies these readings by local
 * name whatever the prefix. {@code ParserVocabularyTest} derives the names from the engine's bytecode and
 * fails when the engine reads a name that is missing here, so an engine upgrade cannot open a new door
 * unnoticed. See docs/model-policy.md.
 */
final class ParserVocabulary {

    /** What a name means to the engine, and so what the policy checks. */
    enum Reading {
        /** A literal, a reference or a JUEL expression: checked by {@link ExpressionGuard} when it holds one. */
        VALUE,
        /** A Java class the engine instantiates: only classes of the configured delegate packages. */
        CLASS,
        /** A delegate expression: only {@code ${bean}} naming an allow-listed delegate bean. */
        DELEGATE,
        /** A script, its language or its resource: refused, scripts run arbitrary code. */
        SCRIPT,
        /** {@code camunda:type} of a service task: only {@code external}; {@code shell} runs commands. */
        TASK_TYPE,
        /** A connector: refused, no connector is installed and it would call out of the server. */
        CONNECTOR,
        /** A DMN expression language: FEEL only, JUEL and scripts could call into the server. */
        EXPRESSION_LANGUAGE
    }

    static final String CAMUNDA_BPMN = "http://camunda.org/schema/1.0/bpmn";
    static final String ACTIVITI_BPMN = "http://activiti.org/bpmn";
    static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";

    /** Attribute names the BPMN parser reads (BpmnParse, BpmnParseUtil, the form and listener parsers). */
    static final Map<String, Reading> BPMN_ATTRIBUTES = readings(Reading.VALUE,
            "activityRef", "assignee", "async", "asyncAfter", "asyncBefore", "attachedToRef", "bpmnElement",
            "businessKey", "calledElement", "calledElementBinding", "calledElementTenantId", "calledElementVersion",
            "calledElementVersionTag", "cancelActivity", "candidateGroups", "candidateStarterGroups",
            "candidateStarterUsers", "candidateUsers", "caseBinding", "caseRef", "caseTenantId", "caseVersion",
            "collection", "config", "datePattern", "decisionRef", "decisionRefBinding", "decisionRefTenantId",
            "decisionRefVersion", "decisionRefVersionTag", "default", "defaultValue", "dst", "dstExpr", "dueDate",
            "elementVariable", "errorCode", "errorCodeVariable", "errorMessage", "errorMessageVariable", "errorRef",
            "escalationCode", "escalationCodeVariable", "escalationRef", "event", "exclusive", "expression",
            "followUpDate", "formKey", "formRef", "formRefBinding", "formRefVersion", "height", "historyTimeToLive",
            "id", "importType", "initiator", "isExecutable", "isExpanded", "isForCompensation", "isInterrupting",
            "isSequential", "isStartableInTasklist", "jobPriority", "key", "label", "link", "linkExpr", "local",
            "mapDecisionResult", "messageRef", "name", "priority", "processRef", "readable", "required",
            "resultVariable", "resultVariableName", "signalRef", "source", "sourceExpression", "sourceRef", "src",
            "srcExpr", "stringValue", "target", "targetNamespace", "targetRef", "taskPriority", "topic",
            "triggeredByEvent", "value", "variable", "variableEvents", "variableName", "variables", "versionTag",
            "waitForCompletion", "width", "writable", "x", "y");

    static {
        put(BPMN_ATTRIBUTES, Reading.CLASS, "class", "variableMappingClass", "formHandlerClass");
        put(BPMN_ATTRIBUTES, Reading.DELEGATE, "delegateExpression", "variableMappingDelegateExpression");
        put(BPMN_ATTRIBUTES, Reading.SCRIPT, "scriptFormat", "language", "resource");
        put(BPMN_ATTRIBUTES, Reading.TASK_TYPE, "type");
    }

    /**
     * Element names the BPMN parser looks up or compares a tag name with. Their attributes and text are
     * checked as above; the names themselves matter for scripts and connectors, and for the Camunda
     * namespace, where an element the engine does not read is refused.
     */
    static final Map<String, Reading> BPMN_ELEMENTS = readings(Reading.VALUE,
            "BPMNDiagram", "BPMNEdge", "BPMNPlane", "BPMNShape", "Bounds", "adHocSubProcess", "association",
            "boundaryEvent", "businessRuleTask", "callActivity", "cancelEventDefinition", "collaboration",
            "compensateEventDefinition", "completionCondition", "complexGateway", "condition", "conditionExpression",
            "conditionalEventDefinition", "constraint", "documentation", "endEvent", "entry", "error",
            "errorEventDefinition", "escalation", "escalationEventDefinition", "eventBasedGateway",
            "exclusiveGateway", "executionListener", "expression", "extensionElements", "failedJobRetryTimeCycle",
            "field", "flowNodeRef", "formData", "formField", "formProperty", "formalExpression", "humanPerformer",
            "import", "in", "inclusiveGateway", "inputDataItem", "inputOutput", "inputParameter",
            "intermediateCatchEvent", "intermediateThrowEvent", "lane", "laneSet", "linkEventDefinition", "list",
            "loopCardinality", "loopDataInputRef", "manualTask", "map", "message", "messageEventDefinition",
            "multiInstanceLoopCharacteristics", "out", "outputParameter", "parallelGateway", "participant",
            "potentialOwner", "potentialStarter", "process", "properties", "property", "receiveTask",
            "resourceAssignmentExpression", "sendTask", "sequenceFlow", "serviceTask", "signal",
            "signalEventDefinition", "startEvent", "string", "subProcess", "task", "taskListener",
            "terminateEventDefinition", "timeCycle", "timeDate", "timeDuration", "timerEventDefinition",
            "transaction", "userTask", "validation", "value", "waypoint");

    static {
        put(BPMN_ELEMENTS, Reading.SCRIPT, "script", "scriptTask");
        put(BPMN_ELEMENTS, Reading.CONNECTOR, "connector");
    }

    /**
     * Properties of the DMN model the decision engine and the deployer read (a getter {@code getX} or
     * {@code getCamundaX} reads {@code x}); decision tables and literal expressions, nothing else.
     */
    static final Map<String, Reading> DMN_PROPERTIES = readings(Reading.VALUE,
            "aggregation", "childElementsByType", "expression", "hitPolicy", "historyTimeToLiveString", "id",
            "informationRequirements", "inputEntries", "inputExpression", "inputVariable", "inputs", "label", "name",
            "namespace", "outputEntries", "outputs", "requiredDecision",
            "rules", "text", "textContent", "typeRef", "variable", "versionTag");

    static {
        put(DMN_PROPERTIES, Reading.EXPRESSION_LANGUAGE, "expressionLanguage");
    }

    /** Attributes of the Camunda DMN namespace the engine reads. */
    static final Set<String> CAMUNDA_DMN_ATTRIBUTES = Set.of("inputVariable", "historyTimeToLive", "versionTag");

    private ParserVocabulary() {
    }

    /** A name of the Camunda BPMN namespace, current or legacy, which the engine treats as its own. */
    static boolean isCamundaBpmn(String namespace) {
        return CAMUNDA_BPMN.equals(namespace) || ACTIVITI_BPMN.equals(namespace);
    }

    private static Map<String, Reading> readings(Reading reading, String... names) {
        Map<String, Reading> map = new TreeMap<>();
        put(map, reading, names);
        return map;
    }

    private static void put(Map<String, Reading> map, Reading reading, String... names) {
        for (String name : names) {
            map.put(name, reading);
        }
    }
}
