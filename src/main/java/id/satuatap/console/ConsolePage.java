package id.satuatap.console;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;

/**
 * {@code /console} without the slash: the console is static files under META-INF/resources/console, whose index
 * the static handler serves at {@code /console/} only. The page itself is public; everything it shows comes from
 * the API with the signed-in user's credentials.
 */
@Path("/console")
@PermitAll
public class ConsolePage {

    @GET
    @Operation(hidden = true)
    public Response redirect() {
        return Response.seeOther(URI.create("/console/")).build();
    }
}
