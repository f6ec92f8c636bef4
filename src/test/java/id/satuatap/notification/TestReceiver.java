package id.satuatap.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A webhook receiver inside the test app: records what arrives and fails on request. */
@Path("/test-receiver")
@PermitAll
public class TestReceiver {

    record Received(String name, Map<String, String> headers, String body) {
    }

    static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    static final AtomicInteger FAILURES_LEFT = new AtomicInteger();

    @POST
    @Path("/{name}")
    @org.eclipse.microprofile.openapi.annotations.Operation(hidden = true)
    @Consumes("application/json")
    public Response receive(@PathParam("name") String name, @HeaderParam("X-SatuAtap-Signature") String signature,
                            @HeaderParam("X-SatuAtap-Timestamp") String timestamp, @HeaderParam("Host") String host,
                            @HeaderParam("webhook-id") String webhookId,
                            @HeaderParam("webhook-timestamp") String webhookTimestamp,
                            @HeaderParam("webhook-signature") String webhookSignature, String body) {
        if (FAILURES_LEFT.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return Response.serverError().build();
        }
        RECEIVED.add(new Received(name, Map.of("signature", signature, "timestamp", timestamp, "host", host,
                "webhook-id", webhookId, "webhook-timestamp", webhookTimestamp, "webhook-signature", webhookSignature), body));
        return Response.noContent().build();
    }
}
