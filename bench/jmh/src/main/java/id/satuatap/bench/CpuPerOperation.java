package id.satuatap.bench;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;

/** Operations and CPU time per iteration: on a shared machine CPU per operation is the steadier figure. */
final class CpuPerOperation {

    final AtomicLong operations = new AtomicLong();
    private long cpuAtStart;

    void start() {
        operations.set(0);
        cpuAtStart = processCpuNanos();
    }

    void report() {
        long ops = operations.get();
        System.out.printf("%n  [%d ops, %.2f ms CPU (all cores) per op]%n", ops,
                ops == 0 ? 0.0 : (processCpuNanos() - cpuAtStart) / 1e6 / ops);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
