package id.satuatap.workflow;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExpiringTest {

    @Test
    void computesAgainOnlyWhenTheValueIsOlderThanItsMaxAge() {
        AtomicLong clock = new AtomicLong(1_000);
        AtomicInteger computed = new AtomicInteger();
        var value = new Expiring<>(computed::incrementAndGet, Duration.ofSeconds(5), clock::get);

        assertEquals(1, value.get());
        clock.addAndGet(Duration.ofSeconds(4).toNanos());
        assertEquals(1, value.get(), "still fresh: no second query");
        clock.addAndGet(Duration.ofSeconds(1).toNanos());
        assertEquals(2, value.get(), "five seconds old: read again");
        assertEquals(2, computed.get());
    }
}
