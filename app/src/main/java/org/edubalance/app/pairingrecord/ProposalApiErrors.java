package org.edubalance.app.pairingrecord;

import java.util.stream.Collectors;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.web.ApiExceptionHandler;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.ErrorCode;
import org.edubalance.app.web.ErrorResponse;
import org.edubalance.core.region.County;
import org.edubalance.dataimport.policy.InvalidPolicyException;
import org.edubalance.planning.PlanningProblemInvalidException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;

/**
 * What the two proposal APIs (pairs and groups, docs/planning/pairing-records.md §6) answer alike: who may ask, and
 * the refusals — a policy the reader refuses, limits that leave no plan, an adoption refused whole.
 */
@RestControllerAdvice(assignableTypes = {ProposalApiController.class, GroupProposalApiController.class})
@Order(ApiExceptionHandler.FEATURE_ADVICE)
final class ProposalApiErrors {
    private final PairingWords words;

    ProposalApiErrors(PairingWords words) {
        this.words = words;
    }

    /** A policy the reader refuses: its message names the key, the value and the rule. */
    @ExceptionHandler(InvalidPolicyException.class)
    ResponseEntity<ErrorResponse> invalidPolicy(InvalidPolicyException e) {
        return ResponseEntity.badRequest().body(new ErrorResponse(ErrorCode.INVALID_REQUEST, e.getMessage()));
    }

    /** Limits that leave no plan (no mentor at all, a core that cannot lead a group): the planner names the rule. */
    @ExceptionHandler(PlanningProblemInvalidException.class)
    ResponseEntity<ErrorResponse> noPlan(PlanningProblemInvalidException e) {
        return ResponseEntity.badRequest().body(new ErrorResponse(ErrorCode.INVALID_REQUEST, e.getMessage()));
    }

    /**
     * Adoption refused, nothing stored: 409 when a chosen pair runs already (rule PR-09) or a school is in a running
     * group (PR-16), else 400; each issue names the pair's or group's row in the request.
     */
    @ExceptionHandler(PairingRefusedException.class)
    ResponseEntity<ErrorResponse> refused(PairingRefusedException e, HandlerMethod adopting) {
        boolean conflict = e.violations().stream()
                .anyMatch(v -> PairingViolation.RUNNING.equals(v.rule()) || PairingViolation.IN_GROUP.equals(v.rule()));
        String noun = adopting.getBeanType() == GroupProposalApiController.class ? "group" : "pair";
        String rows = e.violations().stream()
                .map(v -> noun + " " + v.row() + " " + v.rule() + (v.value() == null ? "" : " '" + v.value() + "'"))
                .distinct()
                .collect(Collectors.joining("; "));
        return ResponseEntity.status(conflict ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST)
                .body(new ErrorResponse(
                        conflict ? ErrorCode.EDIT_CONFLICT : ErrorCode.INVALID_REQUEST,
                        "Refused, nothing stored: " + rows + ".",
                        words.issues(e.violations())));
    }

    /** The county, for a person who reads every school of it: a proposal compares them all, so principals get none. */
    static County everySchool(PairingAccess access, String code, AccountDetails user, String what) {
        County c = access.county(code, user);
        if (!user.readsEverySchool()) {
            throw new ApiProblemException(
                    HttpStatus.FORBIDDEN, ErrorCode.FORBIDDEN, "A " + what + " compares every school of the county.");
        }
        return c;
    }

    /** A request's text field, empty when absent (the adoption's checks name what is missing). */
    static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
