package id.satuatap.web;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * HTTP metrics label a request with its route template. A request no route matched (a wrong method, a header
 * too large for the router to see it) would be labelled with its raw path, so anyone could grow the series
 * without end; those all fall under {@code uri="UNKNOWN"}.
 */
public class RouteLabels {

    static final String UNKNOWN = "UNKNOWN";

    @Produces
    @Singleton
    MeterFilter templatesOnly(Routes routes) {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                String uri = id.getTag("uri");
                if (!id.getName().startsWith("http.server.") || uri == null || uri.equals("NOT_FOUND")
                        || uri.equals("REDIRECTION") || uri.equals(UNKNOWN) || uri.startsWith("/q/")
                        || routes.isTemplate(uri)) {
                    return id;
                }
                return id.replaceTags(Tags.of(id.getTagsAsIterable()).and("uri", UNKNOWN));
            }
        };
    }
}
