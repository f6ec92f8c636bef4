import java.util.Map;

/** Prints one line per check and counts the failed ones; the scripts exit non-zero if any failed. */
final class Checks {

    private Checks() {
    }

    static int line(String what, String counts, boolean ok) {
        System.out.printf("CHECK %-4s %-70s %s%n", ok ? "OK" : "FAIL", what, counts);
        return ok ? 0 : 1;
    }

    /** What the clients saw: never a 500, every error as problem+json, and the fault behaviour the script asked for. */
    static int clientSide(Stats stats, Map<String, String> opts, Probe probe) {
        int failed = 0;
        long serverErrors = stats.count(null, null, s -> s >= 500 && s != 503);
        failed += line("no 5xx other than 503 (500 count must be 0)", "5xx=" + serverErrors, serverErrors == 0);
        long errors = stats.count(null, null, s -> s >= 400);
        failed += line("every error answer is application/problem+json", "not problem+json=" + stats.notProblemJson()
                + " of " + errors, stats.notProblemJson() == 0);
        var violations = stats.violations();
        violations.stream().limit(10).forEach(v -> System.out.println("  violation: " + v));
        failed += line("no unexpected answers (e.g. an acknowledged instance without its first task)",
                "violations=" + violations.size(), violations.isEmpty());
        if (opts.containsKey("expect-db-outage")) {
            failed += outage(stats, Long.parseLong(opts.getOrDefault("recover-within", "60")) * 1000);
        }
        if (opts.containsKey("expect-restart")) {
            long okAfter = stats.count("restarted", null, s -> s >= 200 && s < 300);
            long firstOk = stats.firstOkAfterPhaseStart("restarted", "");
            failed += line("requests succeed again after the node restarted", "2xx after restart=" + okAfter
                    + ", first after " + firstOk + " ms", okAfter > 0);
        }
        return failed;
    }

    private static int outage(Stats stats, long recoverWithinMs) {
        int failed = 0;
        long downProbes = stats.count("db-down", "readiness", s -> s == 503);
        long upProbes = stats.count("db-down", "readiness", s -> s == 200);
        failed += line("readiness goes DOWN (503) while PostgreSQL is stopped", "DOWN=" + downProbes + " UP=" + upProbes,
                downProbes > 0);
        long unavailable = stats.count("db-down", null, s -> s == 503);
        long ok = stats.count("db-down", null, s -> s >= 200 && s < 300);
        long other = stats.count("db-down", null, s -> s != 503 && s != 0 && (s < 200 || s >= 300));
        failed += line("requests get 503 problem+json while PostgreSQL is stopped", "503=" + unavailable + " 2xx=" + ok
                + " other=" + other, unavailable > 0 && other == 0);
        long readyAgain = stats.firstOkAfterPhaseStart("db-up", "readiness");
        failed += line("readiness UP again after PostgreSQL is back (ms after start)", "first UP after " + readyAgain + " ms",
                readyAgain >= 0 && readyAgain <= recoverWithinMs);
        long firstRequest = Math.min(positive(stats.firstOkAfterPhaseStart("db-up", "register")),
                Math.min(positive(stats.firstOkAfterPhaseStart("db-up", "start")),
                        Math.min(positive(stats.firstOkAfterPhaseStart("db-up", "complete")),
                                positive(stats.firstOkAfterPhaseStart("db-up", "submit")))));
        long okAfter = stats.count("db-up", null, s -> s >= 200 && s < 300);
        failed += line("requests succeed again without any restart", "2xx after=" + okAfter + ", first write 2xx after "
                + (firstRequest == Long.MAX_VALUE ? "never" : firstRequest + " ms"), okAfter > 0 && firstRequest <= recoverWithinMs);
        return failed;
    }

    private static long positive(long ms) {
        return ms < 0 ? Long.MAX_VALUE : ms;
    }
}
