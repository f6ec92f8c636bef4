import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the clients saw, by phase: the scripts write the current phase (e.g. {@code db-down}) into a file and
 * every answer is counted under the phase in force when it arrived.
 */
final class Stats {

    private final Path phaseFile;
    private volatile String phase = "start";
    private final Map<String, Long> phaseStarted = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> answers = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> notProblemJson = new ConcurrentHashMap<>();
    private final Map<String, Long> firstOk = new ConcurrentHashMap<>();
    private final List<String> violations = new ArrayList<>();
    private final List<String> serverErrors = new ArrayList<>();

    Stats(Path phaseFile) {
        this.phaseFile = phaseFile;
        phaseStarted.put(phase, System.currentTimeMillis());
        if (phaseFile != null) {
            Thread poller = new Thread(this::followPhase, "phase-poller");
            poller.setDaemon(true);
            poller.start();
        }
    }

    String phase() {
        return phase;
    }

    Long phaseStarted(String name) {
        return phaseStarted.get(name);
    }

    /** Counts one answer; status 0 means no answer at all (refused, reset, timed out). */
    void answer(String kind, String node, int status, String contentType) {
        String current = phase;
        answers.computeIfAbsent(current + "|" + kind + "|" + status, k -> new LongAdder()).increment();
        if (!kind.startsWith("readiness") && status >= 400 && (contentType == null || !contentType.startsWith("application/problem+json"))) {
            notProblemJson.computeIfAbsent(current + "|" + kind + "|" + status, k -> new LongAdder()).increment();
        }
        if (status >= 200 && status < 300) {
            firstOk.putIfAbsent(current + "|" + kind + "@" + node, System.currentTimeMillis());
        }
    }

    synchronized void serverError(String kind, int status, String body) {
        if (serverErrors.size() < 5) {
            serverErrors.add(kind + " " + status + " " + (body == null ? "" : body.substring(0, Math.min(300, body.length()))));
        }
    }

    synchronized void violation(String text) {
        violations.add(text);
    }

    synchronized List<String> violations() {
        return List.copyOf(violations);
    }

    synchronized List<String> serverErrors() {
        return List.copyOf(serverErrors);
    }

    /** Answers of one phase (null: all phases) and kind (null: every kind except readiness) with this status. */
    long count(String inPhase, String kind, java.util.function.IntPredicate status) {
        long total = 0;
        for (var e : answers.entrySet()) {
            String[] key = e.getKey().split("\\|");
            boolean kindMatches = kind == null ? !key[1].startsWith("readiness") : key[1].startsWith(kind);
            if ((inPhase == null || key[0].equals(inPhase)) && kindMatches && status.test(Integer.parseInt(key[2]))) {
                total += e.getValue().sum();
            }
        }
        return total;
    }

    long notProblemJson() {
        return notProblemJson.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Milliseconds from the start of the phase to its first 2xx answer of this kind, or -1. */
    long firstOkAfterPhaseStart(String inPhase, String kind) {
        Long started = phaseStarted.get(inPhase);
        long best = -1;
        for (var e : firstOk.entrySet()) {
            if (e.getKey().startsWith(inPhase + "|" + kind) && started != null) {
                long ms = e.getValue() - started;
                best = best < 0 ? ms : Math.min(best, ms);
            }
        }
        return best;
    }

    void print() {
        Map<String, Map<String, Long>> table = new TreeMap<>();
        answers.forEach((key, count) -> {
            String[] k = key.split("\\|");
            table.computeIfAbsent(String.format("%-10s %-22s", k[0], k[1]), x -> new TreeMap<>())
                    .put(k[2].equals("0") ? "no-answer" : k[2], count.sum());
        });
        System.out.println("Answers seen by the clients (phase, request kind: status=count):");
        table.forEach((row, counts) -> System.out.println("  " + row + " " + counts));
        if (!notProblemJson.isEmpty()) {
            System.out.println("Error answers that were not application/problem+json: " + notProblemJson);
        }
        serverErrors().forEach(e -> System.out.println("  5xx body: " + e));
    }

    private void followPhase() {
        while (true) {
            try {
                if (Files.exists(phaseFile)) {
                    String now = Files.readString(phaseFile).trim();
                    if (!now.isEmpty() && !now.equals(phase)) {
                        phaseStarted.put(now, System.currentTimeMillis());
                        phase = now;
                    }
                }
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                // A half-written phase file is read again on the next turn.
            }
        }
    }
}
