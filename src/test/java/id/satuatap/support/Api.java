package id.satuatap.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * RestAssured requests signed in as one of the demo accounts (password {@code demo}), each checked against
 * the served OpenAPI document ({@link SpecValidation}).
 */
public final class Api {

    private static final SpecValidation SPEC = new SpecValidation();

    private Api() {
    }

    public static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, "demo").contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static RequestSpecification given() {
        return RestAssured.given().filter(SPEC);
    }
}
