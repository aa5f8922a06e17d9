package org.edubalance.core.school;

/**
 * A school's identifier (学校标识码): the national 10-digit code or a bureau's local id.
 *
 * @param value non-blank, without surrounding spaces
 */
public record SchoolCode(String value) implements Comparable<SchoolCode> {
    public SchoolCode {
        if (value.isBlank() || !value.strip().equals(value)) {
            throw new IllegalArgumentException(
                    "A school code is non-blank without surrounding spaces, got '" + value + "'");
        }
    }

    @Override
    public int compareTo(SchoolCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
