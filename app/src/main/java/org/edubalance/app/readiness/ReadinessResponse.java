package org.edubalance.app.readiness;

/**
 * The body of {@code GET /ready}.
 *
 * @param status {@code READY} or {@code NOT_READY}
 */
public record ReadinessResponse(String status) {
    static final ReadinessResponse READY = new ReadinessResponse("READY");
    static final ReadinessResponse NOT_READY = new ReadinessResponse("NOT_READY");
}
