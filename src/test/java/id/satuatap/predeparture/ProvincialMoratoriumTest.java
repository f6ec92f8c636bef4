package id.satuatap.predeparture;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A provincial moratorium is one row an administrator adds to bpmn/placement-eligibility.dmn: this adds NTT's
 * (province 53) closure of Malaysia to the shipped table, as an administrator would, and evaluates it on its own
 * engine (deploying it would change the table under every other test).
 */
class ProvincialMoratoriumTest {

    private static final String NTT_TO_MALAYSIA = """
                  <rule id="rule-moratorium-ntt-malaysia">
                    <description>NTT governor's moratorium on placements to Malaysia</description>
                    <inputEntry id="rule-moratorium-ntt-malaysia-destination"><text>"MY"</text></inputEntry>
                    <inputEntry id="rule-moratorium-ntt-malaysia-sector"><text>-</text></inputEntry>
                    <inputEntry id="rule-moratorium-ntt-malaysia-age"><text>-</text></inputEntry>
                    <inputEntry id="rule-moratorium-ntt-malaysia-scheme"><text>-</text></inputEntry>
                    <inputEntry id="rule-moratorium-ntt-malaysia-origin-province"><text>"53"</text></inputEntry>
                    <outputEntry id="rule-moratorium-ntt-malaysia-eligible"><text>false</text></outputEntry>
                    <outputEntry id="rule-moratorium-ntt-malaysia-reason"><text>"PROVINCIAL_MORATORIUM"</text></outputEntry>
                    <outputEntry id="rule-moratorium-ntt-malaysia-minimum-age"><text>18</text></outputEntry>
                    <outputEntry id="rule-moratorium-ntt-malaysia-protection-concern"><text></text></outputEntry>
                  </rule>
            """;

    private final DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    @Test
    void oneAddedRowRefusesThatProvinceToThatDestinationOnly() throws IOException {
        String shipped = Files.readString(Path.of("bpmn/placement-eligibility.dmn"));
        String catchAll = "<rule id=\"rule-eligible\">";
        assertTrue(shipped.contains(catchAll), "the catch-all row is where the administrator inserts before");
        DmnDecision withMoratorium = decision(shipped.replace(catchAll, NTT_TO_MALAYSIA + "      " + catchAll));
        DmnDecision asShipped = decision(shipped);

        assertEquals("PROVINCIAL_MORATORIUM", verdict(withMoratorium, "MY", "53").getEntry("reason"));
        assertEquals(false, verdict(withMoratorium, "MY", "53").getEntry("eligible"));
        // Other provinces to the same destination, and the same province elsewhere, are untouched
        assertEquals(true, verdict(withMoratorium, "MY", "32").getEntry("eligible"));
        assertEquals(true, verdict(withMoratorium, "HK", "53").getEntry("eligible"));
        assertEquals(true, verdict(withMoratorium, "MY", null).getEntry("eligible"));
        // The rows before it still win: an under-age worker from NTT is refused for her age
        assertEquals("UNDER_MINIMUM_AGE", engine.evaluateDecisionTable(withMoratorium, Variables.createVariables()
                .putValue("destinationCountry", "MY").putValue("sector", "MANUFACTURING").putValue("age", 17)
                .putValue("scheme", "P3MI").putValue("originProvince", "53")).getSingleResult().getEntry("reason"));
        // Without the row, NTT may place in Malaysia
        assertEquals(true, verdict(asShipped, "MY", "53").getEntry("eligible"));
    }

    private DmnDecision decision(String xml) {
        return engine.parseDecision(Eligibility.DECISION_KEY, new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private DmnDecisionRuleResult verdict(DmnDecision decision, String destination, String originProvince) {
        return engine.evaluateDecisionTable(decision, Variables.createVariables()
                .putValue("destinationCountry", destination).putValue("sector", "MANUFACTURING").putValue("age", 30)
                .putValue("scheme", "P3MI").putValue("originProvince", originProvince)).getSingleResult();
    }
}
