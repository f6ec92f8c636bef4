package id.satuatap.support;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The last four digits of test NIKs. Random serials collided now and then (two men born the same day got the
 * same NIK and the second registration a 409); one counter per test run, from a random start, never repeats.
 */
public final class NikSerials {

    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(0, 9999));

    private NikSerials() {
    }

    /** "0001" to "9999", a different one for each of the first 9,999 calls of a run. */
    public static String next() {
        return String.format("%04d", Math.floorMod(NEXT.getAndIncrement(), 9999) + 1);
    }
}
