package org.edubalance.planning;

/** The inputs of a planning problem cannot make a problem: the message names what is missing or inconsistent. */
public final class PlanningProblemInvalidException extends RuntimeException {
    public PlanningProblemInvalidException(String message) {
        super(message);
    }
}
