package id.satuatap.workflow.model;

import org.camunda.bpm.dmn.engine.impl.transform.DefaultDmnTransform;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.*;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Derives from the engine's own bytecode every attribute and element name its BPMN parser looks up, and
 * every DMN model property the decision engine reads, and compares them with {@link ParserVocabulary}.
 * A Camunda upgrade that reads a new name fails here until the policy says what the name means.
 */
class ParserVocabularyTest {

    private static final String ELEMENT = "org/camunda/bpm/engine/impl/util/xml/Element";
    private static final String DMN_MODEL = "org/camunda/bpm/model/dmn/instance/";
    /** Lookups whose name is computed at run time: the namespace prefixes declared on {@code definitions}. */
    private static final Set<String> DYNAMIC = Set.of(
            "org/camunda/bpm/engine/impl/bpmn/parser/BpmnParse.parseDefinitionsAttributes");

    /** The same XML reader parses bpm-platform.xml and processes.xml, which are not uploaded models. */
    private static final List<String> DESCRIPTORS = List.of("org/camunda/bpm/container/", "org/camunda/bpm/application/");

    @Test
    void everyAttributeTheBpmnParserReadsHasAReading() {
        assertEquals(new TreeSet<>(ParserVocabulary.BPMN_ATTRIBUTES.keySet()), bpmnNames().get("attribute"));
    }

    @Test
    void everyElementTheBpmnParserReadsHasAReading() {
        assertEquals(new TreeSet<>(ParserVocabulary.BPMN_ELEMENTS.keySet()), bpmnNames().get("element"));
    }

    @Test
    void onlyTheNamespacePrefixesAreLookedUpByComputedNames() {
        assertEquals(DYNAMIC, bpmnNames().get("unresolved"));
    }

    @Test
    void everyDmnPropertyTheEnginesReadHasAReading() {
        Set<String> read = new TreeSet<>();
        for (ClassNode type : classes(jar(DefaultDmnTransform.class), jar(BpmnParse.class))) {
            for (MethodNode method : type.methods) {
                for (AbstractInsnNode insn : method.instructions) {
                    if (insn instanceof MethodInsnNode call && call.owner.startsWith(DMN_MODEL)
                            && call.name.startsWith("get") && call.name.length() > 3) {
                        String property = call.name.substring(3).replaceFirst("^Camunda", "");
                        read.add(Character.toLowerCase(property.charAt(0)) + property.substring(1));
                    }
                }
            }
        }
        assertEquals(new TreeSet<>(ParserVocabulary.DMN_PROPERTIES.keySet()), read);
    }

    private static Map<String, Set<String>> names;

    /** "attribute", "element" and "unresolved" (call sites whose name is not a constant) of the BPMN parser. */
    private static synchronized Map<String, Set<String>> bpmnNames() {
        if (names == null) {
            names = scan(classes(jar(BpmnParse.class)));
        }
        return names;
    }

    /** A method argument that ends up as the name of an attribute or element lookup. */
    private record Sink(String owner, String method, String descriptor, int argument, String kind) {
    }

    private static Map<String, Set<String>> scan(List<ClassNode> classes) {
        Set<Sink> sinks = new LinkedHashSet<>();
        for (String method : List.of("attribute", "attributeNS")) {
            sinks.add(new Sink(ELEMENT, method, null, -1, "attribute"));
        }
        for (String method : List.of("element", "elementNS", "elements", "elementsNS")) {
            sinks.add(new Sink(ELEMENT, method, null, -1, "element"));
        }
        Map<String, Set<String>> found = new TreeMap<>();
        found.put("attribute", new TreeSet<>());
        found.put("element", new TreeSet<>());
        found.put("unresolved", new TreeSet<>());
        // Names passed through helper methods (parseExpression(element, "timeDate")) are followed until no
        // new helper turns up.
        boolean grown = true;
        while (grown) {
            grown = false;
            for (ClassNode type : classes) {
                if (type.name.equals(ELEMENT) || DESCRIPTORS.stream().anyMatch(type.name::startsWith)) {
                    continue;
                }
                for (MethodNode method : type.methods) {
                    grown |= scanMethod(type, method, sinks, found);
                }
            }
        }
        return found;
    }

    private static boolean scanMethod(ClassNode type, MethodNode method, Set<Sink> sinks, Map<String, Set<String>> found) {
        boolean relevant = false;
        for (AbstractInsnNode insn : method.instructions) {
            relevant |= insn instanceof MethodInsnNode call && (!sinksOf(sinks, call).isEmpty() || isTagComparison(call));
        }
        if (!relevant) {
            return false;
        }
        Frame<SourceValue>[] frames = frames(type, method);
        boolean grown = false;
        for (int i = 0; i < method.instructions.size(); i++) {
            if (!(method.instructions.get(i) instanceof MethodInsnNode call) || frames[i] == null) {
                continue;
            }
            Frame<SourceValue> frame = frames[i];
            Type[] arguments = Type.getArgumentTypes(call.desc);
            if (isTagComparison(call)) {
                // "list".equals(element.getTagName()): the parser dispatching on an element's name.
                SourceValue receiver = frame.getStack(frame.getStackSize() - 2);
                SourceValue argument = frame.getStack(frame.getStackSize() - 1);
                if (isTagName(argument, method, frames)) {
                    constants(receiver, method, frames).forEach(found.get("element")::add);
                } else if (isTagName(receiver, method, frames)) {
                    constants(argument, method, frames).forEach(found.get("element")::add);
                }
                continue;
            }
            for (Sink sink : sinksOf(sinks, call)) {
                int index = sink.argument >= 0 ? sink.argument : firstString(arguments);
                if (index < 0) {
                    continue;
                }
                SourceValue value = frame.getStack(frame.getStackSize() - arguments.length + index);
                for (AbstractInsnNode source : value.insns) {
                    int parameter = parameterLoaded(source, method, frames);
                    if (parameter >= 0) {
                        grown |= sinks.add(new Sink(type.name, method.name, method.desc, parameter, sink.kind));
                        continue;
                    }
                    List<String> constants = constants(new SourceValue(1, source), method, frames);
                    if (constants.isEmpty()) {
                        found.get("unresolved").add(type.name + "." + method.name);
                    }
                    found.get(sink.kind).addAll(constants);
                }
            }
        }
        return grown;
    }

    private static boolean isTagComparison(MethodInsnNode call) {
        return call.owner.equals("java/lang/String") && (call.name.equals("equals") || call.name.equals("equalsIgnoreCase"));
    }

    private static boolean isTagName(SourceValue value, MethodNode method, Frame<SourceValue>[] frames) {
        for (AbstractInsnNode source : value.insns) {
            if (source instanceof MethodInsnNode call && call.owner.equals(ELEMENT) && call.name.equals("getTagName")) {
                return true;
            }
            if (source instanceof VarInsnNode load && load.getOpcode() == Opcodes.ALOAD) {
                for (AbstractInsnNode store : frames[method.instructions.indexOf(source)].getLocal(load.var).insns) {
                    Frame<SourceValue> at = frames[method.instructions.indexOf(store)];
                    if (at != null && isTagName(at.getStack(at.getStackSize() - 1), method, frames)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The string constants a value comes from, directly or through local variables assigned a constant. */
    private static List<String> constants(SourceValue value, MethodNode method, Frame<SourceValue>[] frames) {
        List<String> constants = new ArrayList<>();
        for (AbstractInsnNode source : value.insns) {
            if (source instanceof LdcInsnNode ldc && ldc.cst instanceof String text) {
                constants.add(text);
            } else if (source instanceof VarInsnNode load && load.getOpcode() == Opcodes.ALOAD) {
                for (AbstractInsnNode store : frames[method.instructions.indexOf(source)].getLocal(load.var).insns) {
                    Frame<SourceValue> at = frames[method.instructions.indexOf(store)];
                    if (at != null && store.getOpcode() == Opcodes.ASTORE) {
                        constants.addAll(constants(at.getStack(at.getStackSize() - 1), method, frames));
                    }
                }
            }
        }
        return constants;
    }

    /** The index of the method parameter an {@code ALOAD} reads unchanged, or -1. */
    private static int parameterLoaded(AbstractInsnNode source, MethodNode method, Frame<SourceValue>[] frames) {
        if (!(source instanceof VarInsnNode load) || load.getOpcode() != Opcodes.ALOAD
                || !frames[method.instructions.indexOf(source)].getLocal(load.var).insns.isEmpty()) {
            return -1;
        }
        Type[] parameters = Type.getArgumentTypes(method.desc);
        int slot = (method.access & Opcodes.ACC_STATIC) != 0 ? 0 : 1;
        for (int p = 0; p < parameters.length; p++) {
            if (slot == load.var) {
                return p;
            }
            slot += parameters[p].getSize();
        }
        return -1;
    }

    private static int firstString(Type[] arguments) {
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i].getClassName().equals(String.class.getName())) {
                return i;
            }
        }
        return -1;
    }

    private static List<Sink> sinksOf(Set<Sink> sinks, MethodInsnNode call) {
        return sinks.stream().filter(s -> s.owner.equals(call.owner) && s.method.equals(call.name)
                && (s.descriptor == null || s.descriptor.equals(call.desc))).toList();
    }

    private static Frame<SourceValue>[] frames(ClassNode type, MethodNode method) {
        try {
            return new Analyzer<>(new SourceInterpreter()).analyze(type.name, method);
        } catch (AnalyzerException e) {
            throw new IllegalStateException(type.name + "." + method.name, e);
        }
    }

    private static Path jar(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<ClassNode> classes(Path... jars) {
        List<ClassNode> classes = new ArrayList<>();
        for (Path jar : jars) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (var entry : Collections.list(zip.entries())) {
                    if (entry.getName().endsWith(".class")) {
                        ClassNode type = new ClassNode();
                        new ClassReader(zip.getInputStream(entry)).accept(type, ClassReader.SKIP_DEBUG);
                        classes.add(type);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return classes;
    }
}
