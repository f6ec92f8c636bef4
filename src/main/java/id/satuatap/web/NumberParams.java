package id.satuatap.web;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;

/**
 * Whole-number parameters ({@code ?limit=}) that are no number, or too large for their type, are a 400
 * naming the parameter; JAX-RS would answer a query or path parameter it cannot convert with 404.
 */
@Provider
public class NumberParams implements ParamConverterProvider {

    /** A parameter the client got wrong; {@link RouteProblems} turns it into problem+json. */
    public static class InvalidParameter extends BadRequestException {
        private final String name;

        InvalidParameter(String name, String message) {
            super(message);
            this.name = name;
        }

        public String name() {
            return name;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name(annotations), Integer::valueOf, "a whole number up to " + Integer.MAX_VALUE);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(name(annotations), Long::valueOf, "a whole number up to " + Long.MAX_VALUE);
        }
        return null;
    }

    private static <N extends Number> ParamConverter<N> converter(String name, Function<String, N> parse, String expected) {
        return new ParamConverter<>() {
            @Override
            public N fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value.trim());
                } catch (NumberFormatException e) {
                    throw new InvalidParameter(name, "must be " + expected);
                }
            }

            @Override
            public String toString(N value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String name(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof QueryParam q) {
                return q.value();
            } else if (annotation instanceof PathParam p) {
                return p.value();
            } else if (annotation instanceof HeaderParam h) {
                return h.value();
            } else if (annotation instanceof FormParam f) {
                return f.value();
            } else if (annotation instanceof CookieParam c) {
                return c.value();
            }
        }
        return "parameter";
    }
}
