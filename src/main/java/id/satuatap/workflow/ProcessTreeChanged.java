package id.satuatap.workflow;

/**
 * The engine changed something in a process instance tree (a root instance and the instances it called) in the
 * running transaction. Fired once per tree and transaction, inside the transaction, before the change commits.
 */
public record ProcessTreeChanged(String rootProcessInstanceId) {
}
