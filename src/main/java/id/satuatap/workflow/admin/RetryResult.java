package id.satuatap.workflow.admin;

import java.util.List;

/** The incidents resolved by a retry and the jobs now due again for the job executor. */
public record RetryResult(List<String> incidentIds, List<String> jobIds) {
}
