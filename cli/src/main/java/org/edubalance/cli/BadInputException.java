package org.edubalance.cli;

/** A command-line input that cannot be used (a missing file, a year absent from the data, …). */
public final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }
}
