package id.satuatap.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input for every operation of the served OpenAPI document, as real HTTP: wrong types and out-of-range
 * numbers for each parameter, malformed cursors and ids, bodies with fields missing, extra or of the wrong
 * type, bodies and headers of the wrong size, malformed headers; each as a user of a role the operation
 * allows, and anonymously. No answer may be a 5xx, and every 4xx is problem+json. Operations added later are covered
 * without touching this test. The cases come from a seeded generator ({@code -Dbadinput.seed=N} replays
 * another set; the seed is in each case's name).
 */
@QuarkusTest
class BadInputTest {

    private static final long SEED = Long.getLong("badinput.seed", 20L);
    /** A demo account of each role the document names in an operation's description ("Roles: desk, partner."). */
    private static final Map<String, String> USERS = Map.of("admin", "admin", "coordinator", "coordinator",
            "desk", "disnaker", "partner", "lbh", "worker", "worker1");
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    private static final List<String> IDS = List.of("0", "-1", "99999999999999999999", "not-an-id", "..", "%2e%2e",
            "' OR '1'='1", "😀", "a".repeat(300), "null", " ");
    private static final List<String> LANGUAGES = List.of("en;q=2", "en;q=abc", ";;", "en;q=-1", "*;q=1.0001");
    private static final List<String> NUMBERS = List.of("abc", "1.5", "-1", "0", "99999999999", "-99999999999999999999",
            "1e3", "0x10", "");

    @TestFactory
    Stream<DynamicTest> noOperationAnswers5xxOrAnythingButProblemJsonToBadInput() {
        Map<String, Object> document = RestAssured.given().accept(ContentType.JSON).get("/q/openapi?format=json")
                .then().statusCode(200).extract().as(Map.class);
        Random random = new Random(SEED);
        List<DynamicTest> tests = new ArrayList<>();
        Map<String, Map<String, Object>> paths = map(document.get("paths"));
        for (String path : new TreeSet<>(paths.keySet())) {
            for (String method : METHODS) {
                Map<String, Object> operation = map(paths.get(path).get(method));
                if (operation != null) {
                    for (Case c : cases(document, path, method, operation, random)) {
                        tests.add(DynamicTest.dynamicTest(c.name + " [seed " + SEED + "]", c::check));
                    }
                }
            }
        }
        return tests.stream();
    }

    /** One request: who sends it, and how it is bent out of shape. */
    private record Case(String name, String user, String method, String path, Map<String, String> pathParams,
                        Consumer<RequestSpecification> shape) {

        void check() {
            RequestSpecification request = user == null ? RestAssured.given()
                    : RestAssured.given().auth().preemptive().basic(user, "demo");
            request.config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                    .encodeContentTypeAs("multipart/form-data", ContentType.TEXT)
                    .encodeContentTypeAs("application/octet-stream", ContentType.TEXT)));
            request.urlEncodingEnabled(true).accept("application/json, application/problem+json");
            shape.accept(request);
            Response response = request.pathParams(pathParams).request(method.toUpperCase(Locale.ROOT), path);
            int status = response.statusCode();
            assertTrue(status < 500, () -> name + " answered " + status + ": " + response.asString());
            if (status >= 400 && path.startsWith("/engine-rest/")
                    && String.valueOf(response.contentType()).startsWith("application/json")) {
                // Camunda Modeler's part of engine-rest answers in Camunda's own error shape, which the Modeler reads.
                assertTrue(response.jsonPath().getString("type") != null && response.jsonPath().getString("message") != null,
                        () -> name + " answered " + status + " without Camunda's error shape: " + response.asString());
            } else if (status >= 400) {
                assertTrue(String.valueOf(response.contentType()).startsWith("application/problem+json"),
                        () -> name + " answered " + status + " as '" + response.contentType() + "'");
                assertEquals(status, response.jsonPath().getInt("status"), name);
            }
        }
    }

    private static List<Case> cases(Map<String, Object> document, String path, String method,
                                    Map<String, Object> operation, Random random) {
        List<Case> cases = new ArrayList<>();
        String label = method.toUpperCase(Locale.ROOT) + " " + path;
        List<Map<String, Object>> parameters = list(operation.get("parameters"));
        Map<String, Object> body = map(operation.get("requestBody"));
        Map<String, Object> content = body == null ? Map.of() : map(body.get("content"));
        String user = allowedUser(operation, random);

        // Every parameter with values of the wrong type or range, one case per value.
        for (Map<String, Object> parameter : parameters) {
            String name = (String) parameter.get("name");
            String in = (String) parameter.get("in");
            for (String value : pick(badValues(document, name, map(parameter.get("schema"))), 2, random)) {
                Map<String, String> ids = ids(parameters, random);
                Consumer<RequestSpecification> shape = switch (in) {
                    case "query" -> r -> r.queryParam(name, value);
                    case "header" -> r -> r.header(name, value);
                    case "path" -> r -> { };
                    default -> null;
                };
                if (shape == null) {
                    continue;
                }
                if (in.equals("path")) {
                    ids.put(name, value);
                }
                Consumer<RequestSpecification> withBody = shape.andThen(r -> validishBody(document, content, r));
                cases.add(new Case(label + " " + in + " " + name + "=" + abbreviate(value) + " as " + user, user,
                        method, path, ids, withBody));
            }
        }

        // Bodies: missing fields, extra fields, wrong types, not JSON, too deep, too large; multipart cut short.
        if (content.containsKey("application/json")) {
            Map<String, Object> schema = resolve(document, map(map(content.get("application/json")).get("schema")));
            for (Map.Entry<String, String> bad : pick(badBodies(document, schema), 4, random)) {
                cases.add(new Case(label + " body " + bad.getKey() + " as " + user, user, method, path,
                        ids(parameters, random), r -> r.contentType(ContentType.JSON).body(bad.getValue())));
            }
            cases.add(new Case(label + " body as plain text, anonymous", null, method, path, ids(parameters, random),
                    r -> r.contentType(ContentType.TEXT).body("hello")));
        }
        if (content.containsKey("multipart/form-data")) {
            String truncated = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4";
            cases.add(new Case(label + " multipart cut short as " + user, user, method, path, ids(parameters, random),
                    r -> r.contentType("multipart/form-data; boundary=XyZ").body(truncated)));
            cases.add(new Case(label + " multipart without boundary as " + user, user, method, path,
                    ids(parameters, random), r -> r.contentType("multipart/form-data").body(truncated)));
            cases.add(new Case(label + " multipart, anonymous", null, method, path, ids(parameters, random),
                    r -> r.contentType("multipart/form-data; boundary=XyZ").body(truncated)));
        }

        // Headers: a malformed language, an oversized header, an unacceptable Accept, junk conditions.
        String language = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
        cases.add(new Case(label + " Accept-Language " + language + " as " + user, user, method, path,
                ids(parameters, random), r -> r.header("Accept-Language", language)));
        cases.add(new Case(label + " Accept-Language " + language + ", anonymous", null, method, path,
                ids(parameters, random), r -> r.header("Accept-Language", language)));
        cases.add(new Case(label + " 30 KiB header as " + user, user, method, path, ids(parameters, random),
                r -> r.header("X-Padding", "p".repeat(30 * 1024))));
        cases.add(new Case(label + " If-Match and Idempotency-Key junk as " + user, user, method, path,
                ids(parameters, random), r -> r.header("If-Match", "\"" + "x".repeat(500))
                        .header("Idempotency-Key", "k".repeat(2000))));
        cases.add(new Case(label + " Accept text/csv as " + user, user, method, path, ids(parameters, random),
                r -> r.accept("text/csv")));
        cases.add(new Case(label + " anonymous", null, method, path, ids(parameters, random), r -> { }));
        return cases;
    }

    /** A user of a role the operation allows: any of them for an operation open to every signed-in user. */
    private static String allowedUser(Map<String, Object> operation, Random random) {
        String description = String.valueOf(operation.get("description"));
        int roles = description.lastIndexOf("Roles: ");
        List<String> names = roles < 0 ? new ArrayList<>(new TreeSet<>(USERS.keySet()))
                : Arrays.stream(description.substring(roles + 7).replaceFirst("\\.$", "").split(",\\s*")).toList();
        return USERS.getOrDefault(names.get(random.nextInt(names.size())).trim(), "admin");
    }

    /** Values that are wrong for a parameter of this schema, or ill-formed if it is a cursor or an id. */
    private static List<String> badValues(Map<String, Object> document, String name, Map<String, Object> schema) {
        Map<String, Object> resolved = resolve(document, schema);
        String type = type(resolved);
        List<String> values = new ArrayList<>();
        if (name.equals("cursor")) {
            for (String raw : List.of("+1000000000-01-01T00:00:00Z|x", "-999999999-01-01T00:00:00Z|x", "x|y", "|",
                    "12345678901234567890", "-5", "2026-01-01T00:00:00Z")) {
                values.add(Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8)));
            }
            values.addAll(List.of("!!!", "====", "a".repeat(3000)));
        } else if (type.equals("integer") || type.equals("number")) {
            values.addAll(NUMBERS);
        } else if (type.equals("boolean")) {
            values.addAll(List.of("maybe", "yes", "2", ""));
        } else if (resolved != null && resolved.get("enum") != null) {
            values.addAll(List.of("NOT_A_VALUE", "", "a".repeat(500)));
        } else if ("date".equals(resolved == null ? null : resolved.get("format"))
                || "date-time".equals(resolved == null ? null : resolved.get("format"))) {
            values.addAll(List.of("2026-13-45", "yesterday", "+1000000000-01-01"));
        } else {
            values.addAll(IDS);
        }
        return values;
    }

    /** JSON bodies that are wrong for a schema, keyed by what is wrong with them. */
    private static List<Map.Entry<String, String>> badBodies(Map<String, Object> document, Map<String, Object> schema) {
        List<Map.Entry<String, String>> bodies = new ArrayList<>();
        Map<String, Object> properties = schema == null ? Map.of() : map(schema.getOrDefault("properties", Map.of()));
        bodies.add(Map.entry("empty object", "{}"));
        bodies.add(Map.entry("array", "[]"));
        bodies.add(Map.entry("null", "null"));
        bodies.add(Map.entry("not JSON", "{\"unclosed\": "));
        bodies.add(Map.entry("nested 5000 deep", "[".repeat(5000) + "]".repeat(5000)));
        bodies.add(Map.entry("1 MiB string", "{\"x\":\"" + "s".repeat(1024 * 1024) + "\"}"));
        bodies.add(Map.entry("extra field", "{" + fields(document, properties, null) + (properties.isEmpty() ? "" : ",")
                + "\"notAField\":1}"));
        for (String property : properties.keySet()) {
            String type = type(resolve(document, map(properties.get(property))));
            String wrong = switch (type) {
                case "string" -> "{\"a\":[1]}";
                case "integer", "number" -> "\"many\"";
                case "boolean" -> "\"perhaps\"";
                case "array" -> "{\"not\":\"a list\"}";
                default -> "12345";
            };
            bodies.add(Map.entry(property + " of the wrong type", "{" + fields(document, properties, property)
                    + (properties.size() > 1 ? "," : "") + "\"" + property + "\":" + wrong + "}"));
            bodies.add(Map.entry(property + " oversized", "{" + fields(document, properties, property)
                    + (properties.size() > 1 ? "," : "") + "\"" + property + "\":\"" + "z".repeat(100_000) + "\"}"));
        }
        return bodies;
    }

    /** Plausible values for every property but one, so a single wrong field is what the server sees. */
    private static String fields(Map<String, Object> document, Map<String, Object> properties, String except) {
        StringJoiner joined = new StringJoiner(",");
        for (Map.Entry<String, Object> property : properties.entrySet()) {
            if (!property.getKey().equals(except)) {
                joined.add("\"" + property.getKey() + "\":" + plausible(resolve(document, map(property.getValue()))));
            }
        }
        return joined.toString();
    }

    private static String plausible(Map<String, Object> schema) {
        if (schema != null && schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return "\"" + values.get(0) + "\"";
        }
        return switch (type(schema)) {
            case "integer", "number" -> "1";
            case "boolean" -> "true";
            case "array" -> "[]";
            case "object" -> "{}";
            default -> "date".equals(schema == null ? null : schema.get("format")) ? "\"2000-01-01\"" : "\"x\"";
        };
    }

    private static void validishBody(Map<String, Object> document, Map<String, Object> content, RequestSpecification r) {
        if (content.containsKey("application/json")) {
            Map<String, Object> schema = resolve(document, map(map(content.get("application/json")).get("schema")));
            r.contentType(ContentType.JSON).body("{" + fields(document,
                    schema == null ? Map.of() : map(schema.getOrDefault("properties", Map.of())), null) + "}");
        }
    }

    private static Map<String, String> ids(List<Map<String, Object>> parameters, Random random) {
        Map<String, String> ids = new HashMap<>();
        for (Map<String, Object> parameter : parameters) {
            if ("path".equals(parameter.get("in"))) {
                ids.put((String) parameter.get("name"), IDS.get(random.nextInt(IDS.size())));
            }
        }
        return ids;
    }

    private static String type(Map<String, Object> schema) {
        if (schema == null) {
            return "object";
        }
        Object type = schema.get("type");
        if (type instanceof List<?> types) {
            return types.stream().map(String::valueOf).filter(t -> !t.equals("null")).findFirst().orElse("object");
        }
        return type == null ? "object" : type.toString();
    }

    private static Map<String, Object> resolve(Map<String, Object> document, Map<String, Object> schema) {
        Map<String, Object> current = schema;
        for (int depth = 0; current != null && depth < 10; depth++) {
            if (current.get("$ref") instanceof String ref) {
                current = map(map(map(document.get("components")).get("schemas")).get(ref.substring(ref.lastIndexOf('/') + 1)));
            } else if (current.get("allOf") instanceof List<?> all && all.size() == 1) {
                current = map(all.get(0));
            } else {
                return current;
            }
        }
        return current;
    }

    private static <T> List<T> pick(List<T> values, int count, Random random) {
        List<T> shuffled = new ArrayList<>(values);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(count, shuffled.size()));
    }

    private static String abbreviate(String value) {
        return value.length() > 24 ? value.substring(0, 12) + "…(" + value.length() + ")" : value;
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> map(Object value) {
        return (Map<String, V>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
