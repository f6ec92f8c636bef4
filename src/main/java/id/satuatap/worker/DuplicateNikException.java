package id.satuatap.worker;

import id.satuatap.problem.ApiException;

import java.util.List;

/** A registration of a NIK that is already registered; carries the existing record so the desk continues with it. */
public class DuplicateNikException extends ApiException {

    private final String workerId;

    public DuplicateNikException(String workerId) {
        super(409, "conflict", "A worker with this NIK is already registered", List.of());
        this.workerId = workerId;
    }

    public String workerId() {
        return workerId;
    }
}
