package org.edubalance.app.rotation;

/** A rotation run cannot start from what was given: no roster, an unknown county, a policy file too large, … */
final class RotationInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RotationInputException(String message) {
        super(message);
    }
}
