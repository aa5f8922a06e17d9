package org.edubalance.core.standard;

/**
 * A rule pack that cannot be used: malformed JSON, a missing or mistyped key, an unknown indicator, a base
 * pack that does not exist. The message names the file, the key (or line and column) and the problem.
 */
public final class InvalidStandardPackException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String origin;
    private final String key;
    private final String problem;

    public InvalidStandardPackException(String origin, String key, String problem) {
        super("Rule pack " + origin + ": " + key + ": " + problem);
        this.origin = origin;
        this.key = key;
        this.problem = problem;
    }

    /** The file or resource the pack came from. */
    public String origin() {
        return origin;
    }

    /** The key path (e.g. {@code indicators[2].threshold.PRIMARY}) or position of the problem. */
    public String key() {
        return key;
    }

    public String problem() {
        return problem;
    }
}
