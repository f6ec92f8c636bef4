package id.satuatap.predeparture;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.satuatap.web.ETags;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Status views as sent, kept per application, audience and language while the application's view version is
 * unchanged. Phones poll the status of their application far more often than it changes; a kept view costs
 * one primary-key read instead of a dozen queries and the JSON encoding.
 */
@ApplicationScoped
public class RenderedViews {

    /** The answer body with its ETag, for the view version it was made from. */
    public record Rendered(long version, byte[] body, String etag) {
    }

    private record Key(String applicationId, boolean staff, String language) {
    }

    @Inject ApplicationProgress progress;
    @Inject ObjectMapper json;
    @Inject PredepartureConfig config;
    @Inject MeterRegistry registry;

    private Map<Key, Rendered> kept;
    private Counter hits;
    private Counter misses;

    @PostConstruct
    void init() {
        int capacity = config.statusViewCacheSize();
        kept = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Rendered> eldest) {
                return size() > capacity;
            }
        });
        hits = Counter.builder("satuatap.application.views").tag("result", "kept")
                .description("Application status views served as kept").register(registry);
        misses = Counter.builder("satuatap.application.views").tag("result", "made")
                .description("Application status views made from the database").register(registry);
    }

    public Rendered of(Application application, boolean staff, Locale locale) throws JsonProcessingException {
        Key key = new Key(application.id, staff, locale.toLanguageTag());
        Rendered current = kept.get(key);
        if (current != null && current.version() == application.viewVersion) {
            hits.increment();
            return current;
        }
        misses.increment();
        // Made after the version was read: a change committing meanwhile moves the version past this one, so
        // a view that already shows it is simply made once more on the next read.
        byte[] body = json.writeValueAsBytes(progress.view(application, staff, locale));
        Rendered made = new Rendered(application.viewVersion, body, ETags.weakDigest(body));
        if (config.statusViewCacheSize() > 0) {
            kept.put(key, made);
        }
        return made;
    }
}
