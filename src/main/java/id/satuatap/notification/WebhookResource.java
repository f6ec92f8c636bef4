package id.satuatap.notification;

import id.satuatap.audit.AuditLog;
import id.satuatap.problem.ApiException;
import id.satuatap.security.CurrentUser;
import id.satuatap.security.Role;
import id.satuatap.web.Page;
import id.satuatap.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;

@Path("/api/v1/webhooks")
@Tag(name = "Webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PARTNER_ROLE, Role.ADMIN_ROLE})
@APIResponse(responseCode = "401", description = "No or invalid credentials")
@APIResponse(responseCode = "403", description = "Not partner staff or admin")
public class WebhookResource {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject CurrentUser user;
    @Inject WebhookConfig config;
    @Inject AuditLog audit;
    @Inject WebhookTargets targets;

    /** @param partnerCode only for admins; partner staff always register for their own organisation */
    public record WebhookRequest(@NotBlank @Size(max = 500) String url, @Size(max = 32) String partnerCode) {
    }

    /** The secret is returned only in the answer to the registration. */
    public record WebhookView(String id, String partnerCode, String url, boolean active, Instant createdAt, String secret) {
        static WebhookView of(Webhook w, boolean withSecret) {
            return new WebhookView(w.id, w.partnerCode, w.url, w.active, w.createdAt, withSecret ? w.secret : null);
        }
    }

    public record DeliveryView(String id, String eventType, String status, int attempts, Integer lastStatus,
                               String lastError, Instant createdAt, Instant nextAttemptAt, Instant deliveredAt) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Register a webhook for the events of the caller's referrals",
            description = "Events are POSTed as JSON signed the Standard Webhooks way (webhook-id, webhook-timestamp, "
                    + "webhook-signature; the secret is a whsec_ key), and also with X-SatuAtap-Signature: "
                    + "sha256=HMAC(secret, timestamp + '.' + body) and X-SatuAtap-Timestamp; failures are retried with "
                    + "exponential backoff.")
    @APIResponse(responseCode = "201", description = "Registered; the secret is shown only now",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "400", description = "Invalid or not allowed URL")
    public Response register(@Valid @NotNull WebhookRequest request) {
        var hook = new Webhook();
        hook.partnerCode = owner(request.partnerCode());
        hook.url = checkedUrl(request.url());
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        hook.secret = WebhookSigner.newSecret(secret);
        hook.createdBy = user.username();
        hook.createdAt = Instant.now();
        hook.persist();
        audit.record(user.username(), "WEBHOOK_REGISTERED", "WEBHOOK", hook.id, "partner " + hook.partnerCode);
        return Response.status(201).entity(WebhookView.of(hook, true)).build();
    }

    @GET
    @Operation(summary = "The caller's webhooks (admins: all)")
    @APIResponse(responseCode = "200", description = "The webhooks")
    public Page<WebhookView> list() {
        // A removed webhook is kept (its delivery log stays auditable) but is no longer listed.
        List<Webhook> hooks = user.is(Role.ADMIN) ? Webhook.list("active = true")
                : Webhook.list("active = true and partnerCode in ?1", user.groups());
        return new Page<>(hooks.stream().map(w -> WebhookView.of(w, false)).toList(), null);
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    @Operation(summary = "Remove a webhook; queued deliveries to it are dropped")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such webhook for this caller")
    public void remove(@PathParam("id") String id) {
        Webhook hook = visible(id);
        hook.active = false;
        audit.record(user.username(), "WEBHOOK_REMOVED", "WEBHOOK", hook.id, null);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "Delivery log of a webhook, newest first")
    @APIResponse(responseCode = "200", description = "One page of deliveries")
    @APIResponse(responseCode = "404", description = "No such webhook for this caller")
    public Page<DeliveryView> deliveries(@PathParam("id") String id, @QueryParam("limit") Integer limit,
                                         @QueryParam("cursor") String cursor) {
        visible(id);
        PageRequest page = PageRequest.of(limit, cursor);
        int offset = page.offset();
        List<WebhookDelivery> rows = WebhookDelivery.<WebhookDelivery>find("webhookId = ?1 order by createdAt desc, id", id)
                .range(offset, offset + page.limit()).list();
        return page.offsetPage(rows.stream().map(d -> new DeliveryView(d.id, d.eventType, d.status.name(), d.attempts,
                d.lastStatus, d.lastError, d.createdAt, d.nextAttemptAt, d.deliveredAt)).toList());
    }

    private Webhook visible(String id) {
        Webhook hook = Webhook.findById(id);
        if (hook == null || !hook.active || !user.is(Role.ADMIN) && !user.groups().contains(hook.partnerCode)) {
            throw ApiException.notFound("No webhook " + id);
        }
        return hook;
    }

    private String owner(String requested) {
        if (user.is(Role.ADMIN)) {
            if (requested == null || requested.isBlank()) {
                throw ApiException.invalid("partnerCode", "is required when an admin registers a webhook");
            }
            return requested;
        }
        if (user.groups().size() != 1) {
            throw ApiException.forbidden("This account does not belong to exactly one partner");
        }
        String own = user.groups().iterator().next();
        if (requested != null && !requested.equals(own)) {
            throw ApiException.forbidden("Partner staff register webhooks for their own organisation only");
        }
        return own;
    }

    private String checkedUrl(String text) {
        URI uri;
        try {
            uri = URI.create(text.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("url", "is not a URL");
        }
        boolean local = config.allowLocalTargets();
        if (uri.getHost() == null || !("https".equals(uri.getScheme()) || local && "http".equals(uri.getScheme()))) {
            throw ApiException.invalid("url", "must be an https:// URL");
        }
        try {
            targets.addresses(uri);
        } catch (WebhookTargets.Refused e) {
            throw ApiException.invalid("url", e.getMessage());
        }
        return uri.toString();
    }
}
