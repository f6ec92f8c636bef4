package id.satuatap.worker;

/** The new account: its login name and, when a desk had already registered the worker, the linked record. */
public record SignupView(String username, String workerId) {
}
