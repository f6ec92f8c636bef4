package id.satuatap.document;

import id.satuatap.i18n.Messages;
import id.satuatap.security.CurrentUser;
import id.satuatap.web.Page;
import id.satuatap.web.FlagParam;
import id.satuatap.web.PageRequest;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.Locale;

@Path("/api/v1/applications/{id}/documents")
@Tag(name = "Documents")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No or invalid credentials")
public class ApplicationDocumentResource {

    @Inject Documents documents;
    @Inject CurrentUser user;
    @Context HttpHeaders headers;

    /** The multipart body of an upload, for the OpenAPI document. */
    @Schema(name = "DocumentUpload")
    public static class UploadForm {
        @Schema(required = true, implementation = DocumentType.class)
        public String type;
        @Schema(required = true, type = SchemaType.STRING, format = "binary", description = "PDF, JPEG or PNG")
        public String file;
        @Schema(implementation = DocumentMetadata.class, description = "JSON part: what the document states")
        public DocumentMetadata metadata;
        @Schema(description = "true to replace an upload of the same type that still waits for its step")
        public Boolean replace;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a document of an application",
            description = "Any document of the application's requirement list, at any time while it runs. Runs the "
                    + "automatic checks (NIK, birth date, sex and name against the worker record; validity; family consent "
                    + "against the KK) and hands the document to its desk, or keeps it until its verify step starts. A failed "
                    + "identity or consent check stops the application with a red flag at once.")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = UploadForm.class)))
    @APIResponse(responseCode = "201", description = "Stored and checked",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "400", description = "Missing or invalid type, file or metadata")
    @APIResponse(responseCode = "404", description = "No such application for this caller")
    @APIResponse(responseCode = "413", description = "The file is larger than the limit")
    @APIResponse(responseCode = "415", description = "The file is not a PDF, JPEG or PNG")
    @APIResponse(responseCode = "409", description = "An upload of this type waits already (send replace=true), "
            + "or is with its desk or decided")
    @APIResponse(responseCode = "422", description = "The application is not running, or does not need this document")
    public Response upload(@PathParam("id") String applicationId, @RestForm("type") String type,
                           @RestForm("file") FileUpload file, @RestForm("metadata") String metadata,
                           @RestForm("replace") String replace) {
        Document document = documents.upload(applicationId, type, file == null ? null : file.uploadedFile(), metadata,
                FlagParam.parse(replace, "replace"), user);
        return Response.status(Response.Status.CREATED).entity(DocumentView.of(document, locale())).build();
    }

    @GET
    @Operation(summary = "Documents of an application, oldest first, with their checks")
    @APIResponse(responseCode = "200", description = "One page of documents")
    @APIResponse(responseCode = "404", description = "No such application for this caller")
    public Page<DocumentView> list(@PathParam("id") String applicationId, @QueryParam("limit") Integer limit,
                                   @QueryParam("cursor") String cursor) {
        Locale locale = locale();
        Page<Document> page = documents.list(applicationId, PageRequest.of(limit, cursor), user);
        return new Page<>(page.items().stream().map(d -> DocumentView.of(d, locale)).toList(), page.nextCursor());
    }

    private Locale locale() {
        return Messages.pick(headers.getAcceptableLanguages());
    }
}
