package id.satuatap.worker;

/**
 * The answer to every well-formed sign-up, whether or not the phone number already had an account: the login
 * name to sign in with. The account speaks for no worker record until a desk links it.
 */
public record SignupView(String username) {
}
