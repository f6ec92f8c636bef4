package id.satuatap.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Resolves a webhook's host and checks every address it resolves to, at registration and again before each
 * delivery: a name that pointed to the internet when it was registered may point into a private network later.
 * The sender then connects to an address checked here, never resolving the name a second time.
 */
@ApplicationScoped
public class WebhookTargets {

    @Inject WebhookConfig config;

    /** The host resolved to nothing, or to at least one address outside the public internet. */
    public static final class Refused extends Exception {
        private final boolean notPublic;

        Refused(String message, boolean notPublic) {
            super(message, null, false, false);
            this.notPublic = notPublic;
        }

        /** True when an address is outside the public internet; false when the name did not resolve (may be passing). */
        public boolean notPublic() {
            return notPublic;
        }
    }

    /** The addresses of the URL's host, every one of them public (unless local targets are allowed). */
    public List<InetAddress> addresses(URI url) throws Refused {
        String host = url.getHost();
        if (host == null) {
            throw new Refused("has no host", true);
        }
        List<InetAddress> addresses;
        try {
            addresses = List.of(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            throw new Refused("names a host that cannot be resolved", false);
        }
        if (!config.allowLocalTargets()) {
            for (InetAddress address : addresses) {
                Optional<String> why = PublicAddresses.whyNotPublic(address);
                if (why.isPresent()) {
                    throw new Refused("resolves to an address outside the public internet (" + why.get() + ")", true);
                }
            }
        }
        return addresses;
    }
}
