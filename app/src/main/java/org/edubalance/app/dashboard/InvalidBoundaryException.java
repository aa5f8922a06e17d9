package org.edubalance.app.dashboard;

/** An uploaded county boundary is not usable GeoJSON; {@link #messageKey()} names the problem for the page. */
final class InvalidBoundaryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String messageKey;

    InvalidBoundaryException(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
