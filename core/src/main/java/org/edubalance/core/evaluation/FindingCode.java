package org.edubalance.core.evaluation;

import java.util.List;

/**
 * What an evaluation found, as a stable code with the names of its parameters; the words are the reader's
 * (pages, reports and the CLI word each code in their language). Codes are only added, never renamed: API clients
 * and the JSON document carry them.
 */
public enum FindingCode {
    // An assessment item's conditions on county inputs.
    /** {@code input} is {@code value}, compared to {@code bound} by {@code relation} (≥, <, ≤). */
    INPUT_COMPARED("input", "value", "relation", "bound"),
    /** {@code input} is {@code value}, compared to {@code reference} ({@code referenceValue}). */
    INPUTS_COMPARED("input", "value", "relation", "reference", "referenceValue"),
    /** {@code numerator} ÷ {@code denominator} is {@code ratio}, compared to {@code bound}. */
    RATIO_COMPARED("numerator", "denominator", "ratio", "relation", "bound"),
    /** The yes/no input {@code input} is {@code value}, as the item expects. */
    FLAG_AS_EXPECTED("input", "value"),
    /** The yes/no input {@code input} is {@code value}; the item expects {@code expected}. */
    FLAG_NOT_AS_EXPECTED("input", "value", "expected"),
    /** The county input {@code input} was not given. */
    INPUT_NOT_GIVEN("input"),
    /** The county input {@code input} holds {@code raw}, which is not a number. */
    INPUT_NOT_A_NUMBER("input", "raw"),
    /** The county input {@code input} holds {@code raw}, which is not yes or no. */
    INPUT_NOT_A_FLAG("input", "raw"),

    // An item's check of every in-scope school.
    /**
     * {@code failing} of {@code checked} schools fail {@code check}; {@code schools} lists the first few (each a
     * per-school finding), {@code more} says whether others fail too.
     */
    SCHOOLS_FAIL_CHECK("failing", "checked", "check", "schools", "more"),
    /** {@code checked} schools pass {@code check}, others could not be checked. */
    SCHOOLS_PASS_CHECK("checked", "check"),
    /** All {@code checked} schools pass {@code check}. */
    ALL_SCHOOLS_PASS_CHECK("checked", "check"),
    /** {@code count} schools lack the figures {@code check} needs, e.g. {@code example}. */
    SCHOOLS_LACK_FIGURES("count", "check", "example"),
    /** {@code school} has {@code students} compulsory students, more than {@code max}. */
    SCHOOL_TOO_LARGE("school", "students", "max"),
    /** {@code school}'s largest class has {@code largest} students, more than {@code max}. */
    CLASS_TOO_LARGE("school", "largest", "max"),
    /** {@code school}'s {@code classes} classes need {@code needed} music and art rooms each; it has fewer. */
    TOO_FEW_MUSIC_ART_ROOMS("school", "classes", "needed", "music", "art"),
    /** {@code school}'s public funds {@code funds} yuan are below the {@code required} yuan of a small school. */
    FUNDS_BELOW_REQUIRED("school", "funds", "required"),
    /** {@code school} spends the share {@code share} of its public funds on training, below {@code min}. */
    TRAINING_SHARE_LOW("school", "share", "min"),
    /** {@code school} has {@code certified} certified teachers of {@code teachers}. */
    TEACHERS_NOT_CERTIFIED("school", "certified", "teachers"),

    // Why a segment fails the resource part.
    /** The CV of {@code indicator} cannot be computed: the county value is 0. */
    CV_NOT_EVALUABLE("indicator"),
    /** The CV of {@code indicator} is {@code cv}, above {@code limit}. */
    CV_OVER_LIMIT("indicator", "cv", "limit"),
    /** The composite CV is {@code cv}, above {@code limit}. */
    COMPOSITE_CV_OVER_LIMIT("cv", "limit"),
    /** {@code failing} of {@code judged} schools do not meet the per-school rule. */
    SCHOOLS_MISS_SCHOOL_RULE("failing", "judged"),
    /** The segment has no school. */
    NO_SCHOOL_IN_SEGMENT(),

    // Why a school is left out of scope.
    /** The standard leaves out schools of {@code type}. */
    TYPE_OUT_OF_SCOPE("type"),
    /** A teaching point with {@code students} students, fewer than {@code min}. */
    SMALL_TEACHING_POINT("students", "min"),
    /** The standard leaves out private schools. */
    PRIVATE_OUT_OF_SCOPE(),
    /** The school has no compulsory-education students. */
    NO_COMPULSORY_STUDENTS();

    private final List<String> parameters;

    FindingCode(String... parameters) {
        this.parameters = List.of(parameters);
    }

    /** The names of the parameters a finding of this code may carry, in their usual order. */
    public List<String> parameters() {
        return parameters;
    }
}
