package id.satuatap.document;

import id.satuatap.i18n.Messages;
import id.satuatap.security.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;

@Path("/api/v1/documents")
@Tag(name = "Documents")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No or invalid credentials")
public class DocumentResource {

    @Inject Documents documents;
    @Inject CurrentUser user;
    @Context HttpHeaders headers;

    @GET
    @Path("/{id}")
    @Operation(summary = "A document with its checks")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "404", description = "No such document for this caller")
    public DocumentView get(@PathParam("id") String id) {
        return DocumentView.of(documents.visible(id, user), locale());
    }

    @GET
    @Path("/{id}/file")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The uploaded file (the read is audited)")
    @APIResponse(responseCode = "200", description = "The file as uploaded",
            content = {@Content(mediaType = "application/pdf"), @Content(mediaType = "image/jpeg"), @Content(mediaType = "image/png")})
    @APIResponse(responseCode = "404", description = "No such document for this caller")
    public Response file(@PathParam("id") String id) {
        Documents.StoredFile file = documents.file(id, user);
        return Response.ok(file.content(), file.document().contentType)
                .header("Content-Disposition", "attachment; filename=\"" + id + "\"")
                .header("X-Content-SHA256", file.document().sha256).build();
    }

    private Locale locale() {
        return Messages.pick(headers.getAcceptableLanguages());
    }
}
