package org.edubalance.report.wording;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.edubalance.core.evaluation.Finding;
import org.edubalance.core.evaluation.FindingCode;
import org.edubalance.core.evaluation.SchoolRef;
import org.edubalance.core.standard.Standard;
import org.jspecify.annotations.Nullable;

/**
 * Words findings in one language: Chinese for a {@code zh} locale, English otherwise, from {@code findings.properties}
 * and {@code findings_zh.properties} (never the machine's locale).
 *
 * <p>A text is a template: {@code {name}} is a parameter as the reader reads it (a number without trailing zeros, an
 * indicator's name when the standard is known, a school as "name (code)", yes/no, a kind or type from the bundle, a
 * list of detail findings); {@code {name:3}} is a number with three decimals; {@code {name!}} prints nothing; a part
 * in {@code [ ]} is shown only when every parameter it names is present, non-empty and not {@code false} — so a
 * finding with its schools left out for a principal still reads whole.
 */
public final class FindingWords {
    private static final Map<Locale, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();

    private final ResourceBundle bundle;
    private final Locale locale;
    private final @Nullable Standard standard;

    private FindingWords(Locale locale, @Nullable Standard standard) {
        this.locale = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        this.standard = standard;
        this.bundle = BUNDLES.computeIfAbsent(
                this.locale,
                l -> ResourceBundle.getBundle(
                        "org.edubalance.report.wording.findings",
                        l == Locale.SIMPLIFIED_CHINESE ? l : Locale.ROOT,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The words of {@code locale}; indicators are named as {@code standard} names them. */
    public static FindingWords of(Locale locale, @Nullable Standard standard) {
        return new FindingWords(locale, standard);
    }

    /** English words with indicator ids as written: for logs and the JSON document's {@code evidence} strings. */
    public static FindingWords english() {
        return new FindingWords(Locale.ENGLISH, null);
    }

    /** The language these words are in. */
    public Locale locale() {
        return locale;
    }

    public String word(Finding finding) {
        return fill(text(finding.code().name()), finding.params());
    }

    public List<String> word(List<Finding> findings) {
        List<String> texts = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            texts.add(word(f));
        }
        return texts;
    }

    /** The bundle's text for {@code key}; every {@link FindingCode} has one in each language. */
    String text(String key) {
        return bundle.getString(key);
    }

    private String fill(String template, Map<String, Object> params) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '[') {
                int end = template.indexOf(']', i);
                String part = template.substring(i + 1, end);
                if (allPresent(part, params)) {
                    out.append(fill(part, params));
                }
                i = end + 1;
            } else if (c == '{') {
                int end = template.indexOf('}', i);
                out.append(value(template.substring(i + 1, end), params));
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean allPresent(String part, Map<String, Object> params) {
        int i = part.indexOf('{');
        while (i >= 0) {
            int end = part.indexOf('}', i);
            Object value = params.get(name(part.substring(i + 1, end)));
            if (value == null || Boolean.FALSE.equals(value) || (value instanceof List<?> list && list.isEmpty())) {
                return false;
            }
            i = part.indexOf('{', end);
        }
        return true;
    }

    private static String name(String reference) {
        int colon = reference.indexOf(':');
        String name = colon < 0 ? reference : reference.substring(0, colon);
        return name.endsWith("!") ? name.substring(0, name.length() - 1) : name;
    }

    private String value(String reference, Map<String, Object> params) {
        if (reference.endsWith("!")) {
            return "";
        }
        int colon = reference.indexOf(':');
        String name = colon < 0 ? reference : reference.substring(0, colon);
        Object value = params.get(name);
        if (value == null) {
            return "—";
        }
        if (colon >= 0 && value instanceof Number n) {
            return BigDecimal.valueOf(n.doubleValue())
                    .setScale(Integer.parseInt(reference.substring(colon + 1)), RoundingMode.HALF_UP)
                    .toPlainString();
        }
        return switch (value) {
            case Number n -> number(n.doubleValue());
            case Boolean b -> text(b ? "yes" : "no");
            case SchoolRef s ->
                fill(text("school"), Map.of("name", s.name(), "code", s.code().value()));
            case Enum<?> e -> text(e.getDeclaringClass().getSimpleName() + "." + e.name());
            case List<?> details -> details(details);
            case String s
            when name.equals("indicator") && standard != null ->
                standard.indicator(s).map(d -> d.name().in(locale)).orElse(s);
            default -> value.toString();
        };
    }

    private String details(List<?> details) {
        StringBuilder out = new StringBuilder();
        for (Object d : details) {
            if (!out.isEmpty()) {
                out.append(text("separator"));
            }
            out.append(word((Finding) d));
        }
        return out.toString();
    }

    /** A figure as people write it: whole numbers without decimals, others with up to four. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return BigDecimal.valueOf(v)
                .setScale(4, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** Whether the bundle words {@code key}: for the test that every code and value has a text. */
    boolean has(String key) {
        try {
            bundle.getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }
}
