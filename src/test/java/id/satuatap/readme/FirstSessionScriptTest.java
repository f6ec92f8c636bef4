package id.satuatap.readme;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** README's quick start runs as written: the example script, against the app the tests started. */
@QuarkusTest
class FirstSessionScriptTest {

    @Test
    void theQuickStartScriptRunsGreen() throws IOException, InterruptedException {
        var builder = new ProcessBuilder("bash", Path.of("examples", "first-session.sh").toString())
                .redirectErrorStream(true);
        builder.environment().put("BASE_URL", "http://localhost:" + RestAssured.port);
        Process script = builder.start();
        script.getOutputStream().close();
        String output;
        try (var in = script.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(script.waitFor(60, TimeUnit.SECONDS), "the script did not end within a minute");
        assertEquals(0, script.exitValue(), output);
        assertTrue(output.contains("First session done."), output);
        assertTrue(output.contains("\"event\":\"STEP_COMPLETED\""), "the timeline shows the completed desk step: " + output);
    }
}
