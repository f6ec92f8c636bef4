package id.satuatap.workflow.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything an administrator's upload must pass, in the order that gives the clearest report: the
 * deployment policy with existing candidate groups, then the engine's parsers, then decision references.
 * A later stage runs only on files the earlier ones accepted, so one mistake is not reported three times.
 */
@ApplicationScoped
public class ModelValidator {

    @Inject DeploymentPolicy policy;
    @Inject KnownGroups groups;
    @Inject EngineParseCheck parser;
    @Inject DecisionInputCheck decisions;
    @Inject StepDeclarationRule stepDeclarations;

    /** Problems refuse the upload; warnings are reported and deployed anyway. */
    public record Validation(List<ModelProblem> problems, List<ModelProblem> warnings) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public Validation validate(List<ModelFile> files) {
        List<ModelProblem> problems = new ArrayList<>(duplicateNames(files));
        Set<String> known = groups.all();
        for (ModelFile file : files) {
            List<ModelProblem> found = policy.check(file, known);
            problems.addAll(found.isEmpty() ? parser.check(file) : found);
            problems.addAll(found.isEmpty() ? stepDeclarations.check(file) : List.of());
        }
        if (!problems.isEmpty()) {
            return new Validation(problems, List.of());
        }
        var findings = decisions.check(files);
        return new Validation(findings.problems(), findings.warnings());
    }

    static List<ModelProblem> duplicateNames(List<ModelFile> files) {
        Set<String> names = new HashSet<>();
        return files.stream().filter(f -> !names.add(f.name()))
                .map(f -> new ModelProblem(f.name(), null, null, null, "the same file name appears twice")).toList();
    }
}
