package id.satuatap.workflow;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.variable.serializer.AbstractObjectValueSerializer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stores a list of plain values (text, numbers, booleans, and lists and maps of them) as JSON — what decision
 * results become when a model keeps them as a variable ({@code collectEntries}, {@code resultList}). Without it
 * the engine would store them with Java serialization: unreadable in the database, and read back through
 * {@code ObjectInputStream}. Anything else still goes to the engine's own serializers. Read back as
 * {@link ArrayList} of {@code LinkedHashMap}, {@code Integer}/{@code Long}/{@code Double}, {@code String}, {@code Boolean}.
 */
public class JsonListSerializer extends AbstractObjectValueSerializer {

    public static final String FORMAT = "application/json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<ArrayList<Object>> LIST = new TypeReference<>() {
    };

    public JsonListSerializer() {
        super(FORMAT);
    }

    @Override
    public String getName() {
        return "json-list";
    }

    @Override
    protected boolean canSerializeValue(Object value) {
        return value instanceof List<?> && plain(value);
    }

    private static boolean plain(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof Double) {
            return true;
        }
        if (value instanceof List<?> list) {
            return list.stream().allMatch(JsonListSerializer::plain);
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().allMatch(e -> e.getKey() instanceof String && plain(e.getValue()));
        }
        return false;
    }

    @Override
    protected String getTypeNameForDeserialized(Object deserializedObject) {
        return ArrayList.class.getName();
    }

    @Override
    protected byte[] serializeToByteArray(Object deserializedObject) throws Exception {
        return JSON.writeValueAsBytes(deserializedObject);
    }

    @Override
    protected Object deserializeFromByteArray(byte[] bytes, String objectTypeName) throws Exception {
        return JSON.readValue(bytes, LIST);
    }

    @Override
    protected boolean isSerializationTextBased() {
        return true;
    }
}
