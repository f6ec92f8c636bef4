package id.satuatap.workflow.task;

import id.satuatap.problem.ApiException;
import id.satuatap.problem.FieldError;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.FormFieldValidationConstraint;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.*;

/**
 * The form a model declares on a user task, and the check of a submission against it: only declared
 * fields, of the declared type, enum values from the list, required ones present. Desk clients therefore
 * cannot set arbitrary process variables.
 */
final class TaskForm {

    private final List<FormField> fields;

    TaskForm(List<FormField> fields) {
        this.fields = fields;
    }

    List<FormFieldView> view() {
        return fields.stream().map(f -> new FormFieldView(f.getId(), f.getLabel(), f.getTypeName(), required(f),
                options(f))).toList();
    }

    /** Typed variables ready for the engine, or a 400 naming every bad field. */
    Map<String, Object> validate(Map<String, Object> submitted) {
        Map<String, Object> values = submitted == null ? Map.of() : submitted;
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> typed = new LinkedHashMap<>();
        Set<String> known = new HashSet<>();
        for (FormField field : fields) {
            known.add(field.getId());
            Object value = values.get(field.getId());
            if (value == null) {
                if (required(field)) {
                    errors.add(new FieldError(field.getId(), "is required"));
                }
                continue;
            }
            if (constraint(field, "readonly").isPresent()) {
                errors.add(new FieldError(field.getId(), "is read-only"));
                continue;
            }
            try {
                Object converted = convert(field, value);
                checkBounds(field, converted);
                typed.put(field.getId(), converted);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(field.getId(), e.getMessage()));
            }
        }
        values.keySet().stream().filter(k -> !known.contains(k)).sorted()
                .forEach(k -> errors.add(new FieldError(k, "is not a field of this task's form")));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return typed;
    }

    private static Object convert(FormField field, Object value) {
        return switch (field.getTypeName()) {
            case "string" -> {
                if (!(value instanceof String s)) {
                    throw new IllegalArgumentException("must be a string");
                }
                yield s;
            }
            case "boolean" -> {
                if (!(value instanceof Boolean b)) {
                    throw new IllegalArgumentException("must be true or false");
                }
                yield b;
            }
            case "long" -> {
                if (value instanceof Integer || value instanceof Long) {
                    yield ((Number) value).longValue();
                }
                if (value instanceof BigInteger || value instanceof BigDecimal || value instanceof Double) {
                    throw new IllegalArgumentException("must be a whole number within range");
                }
                throw new IllegalArgumentException("must be a whole number");
            }
            case "date" -> {
                if (!(value instanceof String s)) {
                    throw new IllegalArgumentException("must be a date YYYY-MM-DD");
                }
                try {
                    yield Date.from(LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant());
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("must be a date YYYY-MM-DD");
                }
            }
            case "enum" -> {
                List<FormFieldView.Option> options = options(field);
                if (!(value instanceof String s) || options.stream().noneMatch(o -> o.id().equals(s))) {
                    throw new IllegalArgumentException("must be one of " + options.stream().map(FormFieldView.Option::id).toList());
                }
                yield s;
            }
            default -> throw new IllegalArgumentException("has a type this server cannot accept: " + field.getTypeName());
        };
    }

    private static void checkBounds(FormField field, Object value) {
        for (FormFieldValidationConstraint c : field.getValidationConstraints()) {
            if (c.getConfiguration() == null) {
                continue;
            }
            long limit;
            try {
                limit = Long.parseLong(c.getConfiguration().toString());
            } catch (NumberFormatException e) {
                continue;
            }
            boolean broken = switch (c.getName()) {
                case "minlength" -> value instanceof String s && s.length() < limit;
                case "maxlength" -> value instanceof String s && s.length() > limit;
                case "min" -> value instanceof Long n && n < limit;
                case "max" -> value instanceof Long n && n > limit;
                default -> false;
            };
            if (broken) {
                throw new IllegalArgumentException("breaks the " + c.getName() + " " + limit + " rule");
            }
        }
    }

    private static boolean required(FormField field) {
        return constraint(field, "required").isPresent();
    }

    private static Optional<FormFieldValidationConstraint> constraint(FormField field, String name) {
        return field.getValidationConstraints().stream().filter(c -> name.equals(c.getName())).findFirst();
    }

    @SuppressWarnings("unchecked")
    private static List<FormFieldView.Option> options(FormField field) {
        if (!"enum".equals(field.getTypeName())) {
            return null;
        }
        Object values = field.getType().getInformation("values");
        if (!(values instanceof Map<?, ?> map)) {
            return List.of();
        }
        return ((Map<String, String>) map).entrySet().stream()
                .map(e -> new FormFieldView.Option(e.getKey(), e.getValue())).toList();
    }
}
