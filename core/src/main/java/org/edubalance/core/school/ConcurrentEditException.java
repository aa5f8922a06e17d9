package org.edubalance.core.school;

/** Thrown when an edit is based on a version of a school year that someone else has changed since. */
public final class ConcurrentEditException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** For {@code school}'s {@code year}, edited from {@code expectedVersion} while {@code actualVersion} is stored. */
    public ConcurrentEditException(SchoolCode school, int year, long expectedVersion, long actualVersion) {
        super("School " + school + " year " + year + " was changed by someone else (version " + expectedVersion
                + " edited, version " + actualVersion + " stored). Maybe reload it and apply your change again.");
    }
}
