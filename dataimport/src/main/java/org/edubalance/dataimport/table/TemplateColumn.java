package org.edubalance.dataimport.table;

import java.util.List;

/**
 * One column of a fill-in template: what its header says, how it is explained on the notes sheet, and what Excel may
 * let a user type into it.
 *
 * @param header the header written on the data sheet (the importer's English id or Chinese label)
 * @param otherName the column's name in the other language, shown on the notes sheet
 * @param required whether the importer rejects a file without this column (its header is shaded)
 * @param need when the column must be filled, in the template's language (e.g. "required", "必填")
 * @param entry what a cell may hold; Excel checks it as it is typed
 * @param choices the values a drop-down offers, for {@link Entry#CHOICE} only
 */
public record TemplateColumn(
        String header, String otherName, boolean required, String need, Entry entry, List<String> choices) {
    /** What a cell may hold. */
    public enum Entry {
        /** Anything. */
        TEXT,
        /** A whole number, zero or more. */
        WHOLE_NUMBER,
        /** A number, zero or more. */
        AMOUNT,
        /** Any number (coordinates). */
        DECIMAL,
        /** One of {@link #choices()}, picked from a drop-down. */
        CHOICE
    }

    public TemplateColumn {
        choices = List.copyOf(choices);
        if ((entry == Entry.CHOICE) == choices.isEmpty()) {
            throw new IllegalArgumentException("Column " + header + ": choices go with CHOICE entries only");
        }
        if (String.join(",", choices).length() > 255) {
            // Excel keeps an explicit drop-down list in a formula of at most 255 characters.
            throw new IllegalArgumentException("Column " + header + ": the drop-down list is over 255 characters");
        }
    }

    /** The drop-down choices of an enumeration: the Chinese names in a Chinese template, else the constants. */
    public static <E extends Enum<E>> List<String> choices(
            E[] constants, java.util.function.Function<E, String> chinese, boolean zh) {
        return java.util.Arrays.stream(constants)
                .map(c -> zh ? chinese.apply(c) : c.name())
                .toList();
    }
}
