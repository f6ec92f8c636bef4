package id.satuatap.workflow;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class PlatformTest {

    @Test
    void readinessCoversTheEngine() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItem("process-engine"));
    }

    /** Also leaves the document in target/openapi.json, where CI lints it with Spectral. */
    @Test
    void openApiDescribesTheApiWithBasicAuth() throws java.io.IOException {
        String document = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi.json"), document);
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/tasks"))
                .body("paths", hasKey("/api/v1/tasks/{id}/complete"))
                .body("paths", hasKey("/api/v1/admin/deployments"))
                .body("components.securitySchemes.basicAuth.scheme", is("basic"));
    }
}
