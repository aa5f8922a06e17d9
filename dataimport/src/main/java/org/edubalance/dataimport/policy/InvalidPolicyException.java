package org.edubalance.dataimport.policy;

/** A policy file that cannot be used: the message names the file, the key path and the problem, with a hint. */
public final class InvalidPolicyException extends RuntimeException {
    public InvalidPolicyException(String message) {
        super(message);
    }

    public InvalidPolicyException(String message, Throwable cause) {
        super(message, cause);
    }
}
