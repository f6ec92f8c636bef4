package id.satuatap.problem;

import java.util.List;

/**
 * A refusal the client can act on. Thrown anywhere; turned into problem+json in one place
 * ({@link ProblemMapper}).
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String kind;
    private final List<FieldError> errors;

    public ApiException(int status, String kind, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ApiException invalid(List<FieldError> errors) {
        return new ApiException(400, "validation", "The request has invalid fields.", errors);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "not-found", detail, List.of());
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "forbidden", detail, List.of());
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "conflict", detail, List.of());
    }

    public static ApiException unprocessable(String detail) {
        return new ApiException(422, "process-state", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String kind() {
        return kind;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
