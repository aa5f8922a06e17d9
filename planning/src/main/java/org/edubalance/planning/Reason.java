package org.edubalance.planning;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A fact a planner or checker reports — why a move helps, what a policy rule requires, what a plan does — as a stable
 * code and its parameters, so the page, the workbook and the command line each word it in their own language. A
 * parameter is a number or a code word (an indicator id, a subject, a school code).
 *
 * <p>The wording templates name the parameters in braces: {@code {indicator}} puts the parameter's text,
 * {@code {from,2}} a number with two decimals; a code word the caller's terms know (an indicator id, a subject) is
 * put in the caller's words.
 *
 * @param code the fact's stable code, e.g. {@code indicator-shift}
 * @param params its parameters by name, in a fixed order
 */
public record Reason(String code, Map<String, Object> params) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)(?:,(\\d))?}");

    public Reason {
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The fact {@code code} without parameters. */
    public static Reason of(String code) {
        return new Reason(code, Map.of());
    }

    /** The fact {@code code} with {@code nameValuePairs} (name, value, name, value, …), in that order. */
    public static Reason of(String code, Object... nameValuePairs) {
        if (nameValuePairs.length % 2 != 0) {
            throw new IllegalArgumentException("Names and values come in pairs, got " + nameValuePairs.length);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            params.put((String) nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return new Reason(code, params);
    }

    /**
     * This fact in words: {@code templates} gives the template of a code ({@code null} when it has none: then the
     * code and its parameters are shown as they are), {@code terms} the caller's word for a code word or
     * {@code null}.
     */
    public String word(
            Function<String, @Nullable String> templates, Function<String, @Nullable String> terms, Locale locale) {
        String template = templates.apply(code);
        if (template == null) {
            return code + (params.isEmpty() ? "" : " " + params);
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = params.get(m.group(1));
            String text;
            if (value == null) {
                text = m.group();
            } else if (value instanceof Number n) {
                text = m.group(2) == null
                        ? number(n, locale)
                        : String.format(locale, "%." + m.group(2) + "f", n.doubleValue());
            } else {
                String term = terms.apply(value.toString());
                text = term == null ? value.toString() : term;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String number(Number n, Locale locale) {
        double d = n.doubleValue();
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : String.format(locale, "%s", n);
    }
}
