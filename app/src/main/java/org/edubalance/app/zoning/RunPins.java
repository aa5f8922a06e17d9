package org.edubalance.app.zoning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.zoning.ZoningPins;
import org.edubalance.planning.Reason;
import org.edubalance.planning.zoning.ZoningProblemInvalidException;
import org.jspecify.annotations.Nullable;

/**
 * What a planner fixes before a run (docs/planning/zoning.md, "Platform"): blocks pinned to a school ("this block stays
 * with that school") and pairs of block and school that must not be joined; the request's and the run's JSON shape.
 *
 * @param pins the pinned blocks and their schools
 * @param forbidden the pairs the plan must not make
 */
record RunPins(List<Pair> pins, List<Pair> forbidden) {
    /** At most this many pins and prohibitions in all: a hand-made list, not a plan. */
    static final int MAX = 500;

    /** No pins. */
    static final RunPins NONE = new RunPins(List.of(), List.of());

    RunPins {
        pins = pins == null ? List.of() : List.copyOf(pins);
        forbidden = forbidden == null ? List.of() : List.copyOf(forbidden);
    }

    /**
     * A block and a school.
     *
     * @param block the block's id
     * @param school the school's code
     */
    record Pair(String block, String school) {}

    /**
     * The pins of the page's two text fields: one {@code block,school} pair a line (a tab, semicolon or spaces also
     * separate), blank lines ignored.
     *
     * @throws IllegalArgumentException naming the first line that is not a pair, or when there are too many
     */
    static RunPins parse(@Nullable String pins, @Nullable String forbidden) {
        RunPins parsed = new RunPins(lines(pins), lines(forbidden));
        if (parsed.pins().size() + parsed.forbidden().size() > MAX) {
            throw new IllegalArgumentException("At most " + MAX + " pins and prohibitions.");
        }
        return parsed;
    }

    private static List<Pair> lines(@Nullable String text) {
        List<Pair> pairs = new ArrayList<>();
        if (text == null) {
            return pairs;
        }
        for (String line : text.split("\\R")) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            String[] cells = stripped.split("\\s*[,;\\t]\\s*|\\s+", -1);
            if (cells.length != 2 || cells[0].isEmpty() || cells[1].isEmpty()) {
                throw new IllegalArgumentException(
                        "'" + stripped + "' is not a block and a school, e.g. B12,3710020001.");
            }
            pairs.add(new Pair(cells[0], cells[1]));
        }
        return pairs;
    }

    /** The core's pins: a block pinned twice keeps its last school. */
    ZoningPins toPins() {
        Map<String, SchoolCode> pinned = new LinkedHashMap<>();
        pins.forEach(p -> pinned.put(p.block(), new SchoolCode(p.school())));
        Set<ZoningPins.Forbidden> no = new HashSet<>();
        forbidden.forEach(f -> no.add(new ZoningPins.Forbidden(f.block(), new SchoolCode(f.school()))));
        return new ZoningPins(pinned, no);
    }

    /** The pins as the text field shows them. */
    static String text(List<Pair> pairs) {
        StringBuilder text = new StringBuilder();
        pairs.forEach(p -> text.append(p.block()).append(',').append(p.school()).append('\n'));
        return text.toString();
    }

    /**
     * Checks that every pin and prohibition names a block and a school of {@code inputs}' problem.
     *
     * @throws ZoningProblemInvalidException {@code ZONING_PIN_UNKNOWN} naming the first that does not
     */
    void check(ZoningStudyInputs inputs) {
        List<Pair> all = new ArrayList<>(pins);
        all.addAll(forbidden);
        for (Pair pair : all) {
            boolean school = inputs.area().schools().stream()
                    .anyMatch(s -> s.code().value().equals(pair.school()));
            if (inputs.block(pair.block()) == null || !school) {
                throw new ZoningProblemInvalidException(
                        Reason.of("ZONING_PIN_UNKNOWN", "block", pair.block(), "school", pair.school()),
                        "The pin " + pair.block() + " → " + pair.school() + " names a block or a school the study"
                                + " does not zone.");
            }
        }
    }
}
