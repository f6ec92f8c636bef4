import java.util.HashMap;
import java.util.Map;

/**
 * Load and checks for bench/cluster/run-cluster.sh and run-faults.sh. Usage:
 * {@code java Driver <load|verify|race|timers-start|locks|timers-verify> --option value ...}; exits 1 if a check failed.
 */
public final class Driver {

    private Driver() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String name = args[i].substring(2);
            boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
            opts.put(name, flag ? "true" : args[++i]);
        }
        int failed = switch (args[0]) {
            case "load" -> Load.run(opts);
            case "verify" -> Verify.run(opts);
            case "race" -> Race.run(opts);
            case "timers-start" -> Timers.start(opts);
            case "locks" -> Timers.locks(opts);
            case "timers-verify" -> Timers.verify(opts);
            default -> throw new IllegalArgumentException("Unknown command " + args[0]);
        };
        System.exit(failed == 0 ? 0 : 1);
    }
}
