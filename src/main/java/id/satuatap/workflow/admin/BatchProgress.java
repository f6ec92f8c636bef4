package id.satuatap.workflow.admin;

import java.time.Instant;

/** How far a background migration has come; {@code finished} once every job is done. */
public record BatchProgress(String id, String type, int totalJobs, int completedJobs, int remainingJobs,
                            int failedJobs, boolean finished, Instant started, Instant ended) {
}
