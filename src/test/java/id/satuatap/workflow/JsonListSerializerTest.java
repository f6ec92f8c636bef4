package id.satuatap.workflow;

import org.junit.jupiter.api.Test;

import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

class JsonListSerializerTest {

    private final JsonListSerializer serializer = new JsonListSerializer();

    @Test
    void decisionRowsGoThereAndBackAsJson() throws Exception {
        List<Map<String, Object>> rows = List.of(Map.of("partnerKind", "UNION", "priority", 1),
                Map.of("partnerKind", "BP2MI", "priority", 2));
        assertTrue(serializer.canSerializeValue(rows));
        byte[] json = serializer.serializeToByteArray(rows);
        assertEquals(rows, serializer.deserializeFromByteArray(json, ArrayList.class.getName()));
        assertTrue(new String(json).contains("\"partnerKind\":\"UNION\""));
    }

    @Test
    void takesOnlyListsOfPlainValues() {
        assertTrue(serializer.canSerializeValue(new ArrayList<>(Arrays.asList("LEGAL_AID", null, 3L, 2.5, true))));
        assertFalse(serializer.canSerializeValue(Map.of("a", "b")), "a map on its own");
        assertFalse(serializer.canSerializeValue(List.of(new Date())), "a date would come back as a number");
        assertFalse(serializer.canSerializeValue(List.of(Map.of(1, "x"))), "JSON keys are text");
        assertFalse(serializer.canSerializeValue(List.of(List.of(new StringBuilder("x")))));
    }
}
