package id.satuatap.workflow.admin;

import jakarta.validation.constraints.NotNull;

/** Suspend ({@code true}) or resume ({@code false}) one running process instance. */
public record InstanceSuspensionRequest(@NotNull Boolean suspended) {
}
