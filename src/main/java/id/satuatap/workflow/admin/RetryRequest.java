package id.satuatap.workflow.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Incidents to retry together; all or none of them are retried. */
public record RetryRequest(@NotEmpty @Size(max = 200) List<@NotBlank String> incidentIds) {
}
