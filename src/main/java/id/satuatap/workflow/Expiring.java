package id.satuatap.workflow;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/** A value computed at most once per {@code maxAge}; callers within that time share the last result. */
final class Expiring<T> {

    private final Supplier<T> compute;
    private final long maxAgeNanos;
    private final LongSupplier nanoClock;
    private T value;
    private long computedAt;

    Expiring(Supplier<T> compute, Duration maxAge, LongSupplier nanoClock) {
        this.compute = compute;
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoClock = nanoClock;
    }

    synchronized T get() {
        long now = nanoClock.getAsLong();
        if (value == null || now - computedAt >= maxAgeNanos) {
            value = compute.get();
            computedAt = now;
        }
        return value;
    }
}
