package org.edubalance.cli;

/** Exit codes of every command (docs/data-formats.md §2). */
public final class ExitCodes {
    /** The command ran (whatever the verdict). */
    public static final int OK = 0;
    /** Unexpected failure: a bug or an environment problem. */
    public static final int FAILURE = 1;
    /** Bad input: the validation report is on standard error. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {}
}
