package id.satuatap.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** RestAssured requests signed in as one of the demo accounts (password {@code demo}). */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String username) {
        return RestAssured.given().auth().preemptive().basic(username, "demo").contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
