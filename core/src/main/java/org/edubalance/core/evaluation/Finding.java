package org.edubalance.core.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.edubalance.core.school.SchoolCode;
import org.jspecify.annotations.Nullable;

/**
 * One fact an evaluation rests on, as a code and its parameters, worded by whoever shows it (the core writes no
 * sentences, so a Chinese page never shows an English one).
 *
 * <p>A parameter value is a {@link Number}, a {@link Boolean}, a {@link String} (an id as written: an input, an
 * indicator, a relation sign such as {@code ≥}), an {@link Enum} (a school type, a check kind), a {@link SchoolRef}
 * (a school, which a reader may not be allowed to see) or a {@code List<Finding>} (details per school).
 *
 * @param code what was found
 * @param params its parameters by name, in the order of {@link FindingCode#parameters()}; absent ones are left out
 */
public record Finding(FindingCode code, Map<String, Object> params) {

    public Finding {
        FindingParameters own = FindingParameters.copyOf(params);
        for (int i = 0; i < own.size(); i++) {
            if (!code.parameters().contains(own.name(i))) {
                throw new IllegalArgumentException(code + " has no parameter " + own.name(i));
            }
            if (!allowed(own.value(i))) {
                throw new IllegalArgumentException(code + "." + own.name(i) + " cannot be a "
                        + own.value(i).getClass().getSimpleName());
            }
        }
        params = own;
    }

    /**
     * A finding from names and values in turn: {@code of(CV_OVER_LIMIT, "indicator", id, "cv", 0.61, ...)}; a
     * {@code null} value leaves its parameter out.
     */
    public static Finding of(FindingCode code, @Nullable Object... namesAndValues) {
        return new Finding(code, FindingParameters.of(namesAndValues));
    }

    /**
     * This finding as a reader who may see only the schools {@code readable} allows: other schools are left out —
     * a school parameter is dropped, and so is every detail finding about another school (with its figures); counts
     * stay, as they name nobody.
     */
    public Finding readableBy(Predicate<SchoolCode> readable) {
        if (!namesSchools()) {
            return this;
        }
        Map<String, Object> kept = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : params.entrySet()) {
            Object value = e.getValue();
            if (value instanceof SchoolRef school) {
                if (readable.test(school.code())) {
                    kept.put(e.getKey(), value);
                }
            } else if (value instanceof List<?> details) {
                List<Finding> keptDetails = new ArrayList<>();
                for (Object d : details) {
                    Finding detail = (Finding) d;
                    if (detail.schools().stream().allMatch(readable)) {
                        keptDetails.add(detail);
                    }
                }
                kept.put(e.getKey(), List.copyOf(keptDetails));
            } else {
                kept.put(e.getKey(), value);
            }
        }
        return new Finding(code, kept);
    }

    /** Every school this finding names, its details included. */
    public List<SchoolCode> schools() {
        List<SchoolCode> schools = new ArrayList<>();
        for (Object value : params.values()) {
            if (value instanceof SchoolRef school) {
                schools.add(school.code());
            } else if (value instanceof List<?> details) {
                for (Object d : details) {
                    schools.addAll(((Finding) d).schools());
                }
            }
        }
        return schools;
    }

    private boolean namesSchools() {
        for (Object value : params.values()) {
            if (value instanceof SchoolRef || value instanceof List<?>) {
                return true;
            }
        }
        return false;
    }

    private static boolean allowed(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().allMatch(Finding.class::isInstance);
        }
        return value instanceof Number
                || value instanceof Boolean
                || value instanceof String
                || value instanceof Enum<?>
                || value instanceof SchoolRef;
    }
}
