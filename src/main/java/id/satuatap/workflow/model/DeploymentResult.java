package id.satuatap.workflow.model;

import java.util.List;

/**
 * What a deployment created: its id and the definitions with their new versions; {@code unchanged} names the
 * files identical to their latest version, {@code warnings} what validation could not confirm.
 */
public record DeploymentResult(String id, String name, List<Definition> definitions, List<String> unchanged,
                               List<ModelProblem> warnings) {

    public record Definition(String id, String key, int version, String type) {
    }

    public boolean created() {
        return id != null;
    }
}
