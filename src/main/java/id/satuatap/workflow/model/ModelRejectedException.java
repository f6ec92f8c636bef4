package id.satuatap.workflow.model;

import java.util.List;

/** A deployment refused before or by the engine's parser; nothing of it was deployed. */
public class ModelRejectedException extends RuntimeException {

    private final List<ModelProblem> problems;

    public ModelRejectedException(List<ModelProblem> problems) {
        super(problems.size() + " problem(s) in the submitted models");
        this.problems = List.copyOf(problems);
    }

    public List<ModelProblem> problems() {
        return problems;
    }
}
