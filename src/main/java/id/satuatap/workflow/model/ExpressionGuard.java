package id.satuatap.workflow.model;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a JUEL expression in a model is harmless: plain variables, literals and operators
 * ({@code ${medicallyFit == true}}), or an allow-listed delegate bean. Method calls, property navigation
 * and indexing are what turn an expression into code execution on the server, so they are refused.
 */
final class ExpressionGuard {

    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    private static final Pattern TOKEN = Pattern.compile(
            "\\s+|'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"|\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?"
                    + "|[A-Za-z_][A-Za-z0-9_]*|==|!=|<=|>=|&&|\\|\\||[-+*/%<>!?:()]|.");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge",
            "true", "false", "null", "empty", "div", "mod");

    private final Set<String> allowedBeans;
    private final Set<String> otherBeans;

    ExpressionGuard(Set<String> allowedBeans, Set<String> otherBeans) {
        this.allowedBeans = allowedBeans;
        this.otherBeans = otherBeans;
    }

    Set<String> allowed() {
        return allowedBeans;
    }

    static boolean containsExpression(String text) {
        return text != null && EXPRESSION.matcher(text).find();
    }

    /** A delegate reference must be exactly {@code ${bean}} with an allow-listed bean. */
    Optional<String> checkDelegate(String text) {
        Matcher m = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}").matcher(text.trim());
        if (!m.matches()) {
            return Optional.of("a delegate must be written ${beanName}, found '" + text.trim() + "'");
        }
        if (!allowedBeans.contains(m.group(1))) {
            return Optional.of("'" + m.group(1) + "' is not an allowed delegate; allowed: " + allowedBeans);
        }
        return Optional.empty();
    }

    /** Checks every expression inside an attribute value or text. */
    Optional<String> check(String text) {
        Matcher m = EXPRESSION.matcher(text);
        while (m.find()) {
            Optional<String> problem = checkBody(m.group(1));
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private Optional<String> checkBody(String body) {
        Matcher t = TOKEN.matcher(body);
        String previous = null;
        while (t.find()) {
            String token = t.group();
            if (token.isBlank()) {
                continue;
            }
            if (token.equals("(") && previous != null && (isIdentifier(previous) && !KEYWORDS.contains(previous)
                    || previous.equals(")"))) {
                return Optional.of("method or function calls are not allowed in expressions: '" + body.trim() + "'");
            }
            if (token.equals(".") || token.equals("[") || token.equals("]")) {
                return Optional.of("property access and indexing are not allowed in expressions: '" + body.trim() + "'");
            }
            if (token.length() == 1 && !isIdentifier(token) && !"-+*/%<>!?:()".contains(token)
                    && !Character.isDigit(token.charAt(0))) {
                return Optional.of("unexpected '" + token + "' in expression '" + body.trim() + "'");
            }
            if (isIdentifier(token) && !KEYWORDS.contains(token) && otherBeans.contains(token)
                    && !allowedBeans.contains(token)) {
                return Optional.of("'" + token + "' names a server component that models may not use");
            }
            previous = token;
        }
        return Optional.empty();
    }

    private static boolean isIdentifier(String token) {
        return Character.isLetter(token.charAt(0)) || token.charAt(0) == '_';
    }
}
