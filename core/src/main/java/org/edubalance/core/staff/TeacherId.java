package org.edubalance.core.staff;

/**
 * A teacher's pseudonymous id, unique within a school year of a roster. Never a name or an ID-card number: the roster
 * carries no directly identifying data (docs/data-formats.md §4).
 *
 * @param value the id as written, non-blank
 */
public record TeacherId(String value) implements Comparable<TeacherId> {
    public TeacherId {
        if (value.isBlank()) {
            throw new IllegalArgumentException("A teacher id is not blank");
        }
    }

    @Override
    public int compareTo(TeacherId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
