package id.satuatap.security;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static id.satuatap.support.Api.anonymous;
import static id.satuatap.support.Api.as;
import static org.hamcrest.Matchers.is;

/**
 * Staff sign in with an OIDC provider's bearer tokens when one is configured. The provider is Quarkus' WireMock
 * OIDC server on loopback (discovery and keys served locally, so the test needs no network); the account table,
 * not the provider's role claims, decides what the caller may do.
 */
@QuarkusTest
@TestProfile(OidcStaffSignInTest.WithProvider.class)
class OidcStaffSignInTest {

    public static class WithProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/",
                    "quarkus.oidc.client-id", "satu-atap");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OidcWiremockTestResource.class));
        }
    }

    private static RequestSpecification withProviderToken(String username, Set<String> providerRoles) {
        return RestAssured.given().auth().oauth2(OidcWiremockTestResource.getAccessToken(username, providerRoles));
    }

    @Test
    void staffSignInWithTheProviderAndKeepTheirAccountsRole() {
        withProviderToken("dukcapil", Set.of("admin")).get("/api/v1/tasks").then().statusCode(200);
        withProviderToken("dukcapil", Set.of("admin")).get("/api/v1/audit").then().statusCode(403);
        withProviderToken("admin", Set.of()).get("/api/v1/audit").then().statusCode(200);
    }

    @Test
    void workersAndUnknownNamesCannotUseTheProvider() {
        withProviderToken("worker1", Set.of("worker")).get("/api/v1/tasks").then().statusCode(401);
        withProviderToken("mallory", Set.of("admin")).get("/api/v1/tasks").then().statusCode(401);
        RestAssured.given().auth().oauth2("not-a-token").get("/api/v1/tasks").then().statusCode(401);
    }

    @Test
    void basicAndTheServicesOwnTokensStillWork() {
        as("disnaker").get("/api/v1/tasks").then().statusCode(200);
        String access = anonymous().body(Map.of("username", "worker1", "password", "demo")).post("/api/v1/sessions")
                .then().statusCode(201).extract().path("accessToken");
        RestAssured.given().auth().oauth2(access).get("/api/v1/sessions").then().statusCode(200)
                .body("size()", is(1));
    }
}
