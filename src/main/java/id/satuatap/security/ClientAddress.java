package id.satuatap.security;

import io.vertx.ext.web.RoutingContext;

/** The client's address as the HTTP layer sees it (behind a proxy, only with proxy address forwarding on). */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(RoutingContext context) {
        if (context == null || context.request().remoteAddress() == null) {
            return "unknown";
        }
        String host = context.request().remoteAddress().hostAddress();
        return host == null ? "unknown" : host;
    }
}
