package org.edubalance.dataimport.policy;

/**
 * A policy file that cannot be used: the message names the file, the key path and the problem, with a hint. Not final:
 * a file whose refusals a page words in the reader's language says their parts in a subclass (CostsRefusedException).
 */
public class InvalidPolicyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidPolicyException(String message) {
        super(message);
    }

    public InvalidPolicyException(String message, Throwable cause) {
        super(message, cause);
    }
}
