package org.edubalance.app.pairingrecord;

import java.util.List;
import java.util.stream.Collectors;

/** A pairing, a group, an activity or an import that breaks the rules: nothing was stored; the violations say why. */
final class PairingRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<PairingViolation> violations;

    PairingRefusedException(List<PairingViolation> violations) {
        super("Refused, nothing stored: "
                + violations.stream()
                        .limit(5)
                        .map(v -> (v.row() > 0 ? "row " + v.row() + " " : "")
                                + (v.column() == null ? "" : v.column() + " ")
                                + (v.value() == null ? "" : "'" + v.value() + "' ")
                                + v.rule())
                        .collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    List<PairingViolation> violations() {
        return violations;
    }
}
