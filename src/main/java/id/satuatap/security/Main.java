package id.satuatap.security;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The entry point of the packaged service. Without arguments it serves as always; {@code create-admin NAME}
 * creates an admin account (or sets a new password for it) with the password read from standard input, so the
 * first admin of a production database needs no SQL and the password never appears in a command line.
 */
@QuarkusMain
public class Main {

    /** Read before the application starts, so a bad command or password costs no start-up. */
    private static String adminPassword;

    public static void main(String... args) throws IOException {
        if (args.length > 0) {
            if (!"create-admin".equals(args[0]) || args.length != 2 || !args[1].matches("[A-Za-z0-9._-]{3,64}")) {
                System.err.println("usage: java -jar quarkus-run.jar [create-admin NAME]  (password on standard input)");
                System.exit(2);
            }
            adminPassword = readPassword();
            if (adminPassword == null || adminPassword.length() < 12 || adminPassword.chars().noneMatch(Character::isLetter)
                    || adminPassword.chars().noneMatch(Character::isDigit)) {
                System.err.println("The password needs 12 or more characters with letters and digits.");
                System.exit(2);
            }
            // A maintenance run next to a running service: no fixed port to clash with, no jobs taken from it.
            System.setProperty("quarkus.http.port", "0");
            System.setProperty("satuatap.engine.job-executor-active", "false");
        }
        Quarkus.run(Command.class, args);
    }

    private static String readPassword() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password for the admin account: ");
            return typed == null ? null : new String(typed);
        }
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    }

    public static class Command implements QuarkusApplication {

        private static final Logger LOG = Logger.getLogger(Main.class);

        @Inject Accounts accounts;

        @Override
        public int run(String... args) {
            if (args.length == 0) {
                Quarkus.waitForExit();
                return 0;
            }
            try {
                boolean created = accounts.setAdmin(args[1], adminPassword);
                LOG.infof("%s admin account %s", created ? "Created" : "Set a new password for", args[1]);
                return 0;
            } catch (IllegalArgumentException e) {
                LOG.errorf("Refused: %s", e.getMessage());
                return 1;
            }
        }
    }
}
