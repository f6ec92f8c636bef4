package id.satuatap.web;

import io.quarkus.arc.Arc;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's routes as the resource classes declare them: path template, HTTP method, and whether anonymous
 * callers may use it. Answers what the router does not tell an error response: which methods a path allows
 * (405's {@code Allow}), whether a path is public (sign in before the content type is judged), and whether a
 * metrics label is a template rather than a raw path.
 */
@ApplicationScoped
public class Routes {

    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*))?}");

    record Route(String template, Pattern pattern, String method, boolean permitAll) {
    }

    private volatile List<Route> routes;

    /** The methods some route of this request path accepts, with HEAD where GET is and OPTIONS; empty if none. */
    public Set<String> allowed(String path) {
        Set<String> methods = new TreeSet<>();
        for (Route route : routes()) {
            if (route.pattern.matcher(normalize(path)).matches()) {
                methods.add(route.method);
            }
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        if (!methods.isEmpty()) {
            methods.add("OPTIONS");
        }
        return methods;
    }

    /** Whether an anonymous caller may use some route of this path (whatever its method). */
    public boolean isPublic(String path) {
        return routes().stream().anyMatch(r -> r.permitAll && r.pattern.matcher(normalize(path)).matches());
    }

    /** Whether a value is the path template of a route, as metrics label a matched request. */
    public boolean isTemplate(String value) {
        return routes().stream().anyMatch(r -> r.template.equals(value));
    }

    private List<Route> routes() {
        List<Route> current = routes;
        if (current == null) {
            current = new ArrayList<>();
            for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
                Class<?> type = bean.getBeanClass();
                Path root = type.getAnnotation(Path.class);
                if (root != null) {
                    addRoutes(type, root.value(), current);
                }
            }
            routes = List.copyOf(current);
        }
        return current;
    }

    private static void addRoutes(Class<?> type, String root, List<Route> routes) {
        for (Method method : type.getMethods()) {
            String http = httpMethod(method);
            if (http == null) {
                continue;
            }
            Path sub = method.getAnnotation(Path.class);
            String declared = normalize(root + "/" + (sub == null ? "" : sub.value()));
            boolean permitAll = method.isAnnotationPresent(PermitAll.class)
                    || type.isAnnotationPresent(PermitAll.class) && !method.isAnnotationPresent(RolesAllowed.class);
            StringBuilder template = new StringBuilder();
            StringBuilder regex = new StringBuilder();
            Matcher m = PARAMETER.matcher(declared);
            int last = 0;
            while (m.find()) {
                template.append(declared, last, m.start()).append('{').append(m.group(1)).append('}');
                regex.append(Pattern.quote(declared.substring(last, m.start())))
                        .append('(').append(m.group(2) == null ? "[^/]+" : m.group(2).trim()).append(')');
                last = m.end();
            }
            template.append(declared.substring(last));
            regex.append(Pattern.quote(declared.substring(last)));
            routes.add(new Route(template.toString(), Pattern.compile(regex.toString()), http, permitAll));
        }
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String normalize(String path) {
        String single = ("/" + path).replaceAll("/{2,}", "/");
        return single.length() > 1 && single.endsWith("/") ? single.substring(0, single.length() - 1) : single;
    }
}
