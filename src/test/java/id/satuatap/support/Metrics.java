package id.satuatap.support;

import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** Reads /q/metrics as the admin, as a Prometheus scraper does. */
public final class Metrics {

    private Metrics() {
    }

    public static String scrape() {
        return given().auth().preemptive().basic("admin", "demo").accept("text/plain").get("/q/metrics")
                .then().statusCode(200).contentType(containsString("text/plain")).extract().asString();
    }

    /** The sample of a series; the text format may end a label list with a comma. */
    public static double value(String metrics, String series) {
        String pattern = series.endsWith("}")
                ? Pattern.quote(series.substring(0, series.length() - 1)) + ",?\\}" : Pattern.quote(series);
        var line = Pattern.compile("^" + pattern + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        if (!line.find()) {
            throw new AssertionError("no series " + series + " in /q/metrics:\n" + metrics.lines()
                    .filter(l -> l.startsWith("satuatap")).collect(Collectors.joining("\n")));
        }
        return Double.parseDouble(line.group(1));
    }
}
