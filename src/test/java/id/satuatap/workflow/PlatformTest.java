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

    @Test
    void openApiDescribesTheApiWithBasicAuth() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/tasks"))
                .body("paths", hasKey("/api/v1/tasks/{id}/complete"))
                .body("paths", hasKey("/api/v1/admin/deployments"))
                .body("components.securitySchemes.basicAuth.scheme", is("basic"));
    }
}
