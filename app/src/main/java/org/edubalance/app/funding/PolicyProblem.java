package org.edubalance.app.funding;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edubalance.dataimport.policy.InvalidPolicyException;

/**
 * Why an uploaded funding policy was refused, located: the key path (or the line and column of a YAML syntax error) and
 * the rule broken, as a message code {@code funding.rule.<rule>} so the page words it in its own language. The reader
 * words its problems in English for the command line; they are parsed back here, and a problem this class does not
 * know keeps the reader's words ({@code other}) rather than being hidden.
 *
 * @param key the key path ({@code perStudent.JUNIOR}), or {@code line:column} for a syntax error, or empty
 * @param rule the rule's code: number, whole, missing, unknown, map, names, extends, document, syntax, tooLarge, other
 * @param detail what the file said (the value refused, the reader's text), shown after the rule
 */
record PolicyProblem(String key, String rule, String detail) {
    private static final Pattern LOCATED = Pattern.compile("^[^:]+: ([^:]+): (.*?)\\.?$", Pattern.DOTALL);
    private static final Pattern SYNTAX =
            Pattern.compile("is not valid YAML(?: at line (\\d+), column (\\d+))?: (.*)$");

    /** The problem the reader's exception names. */
    static PolicyProblem of(InvalidPolicyException e) {
        String message = String.valueOf(e.getMessage());
        Matcher syntax = SYNTAX.matcher(message);
        if (syntax.find()) {
            String where = syntax.group(1) == null ? "" : syntax.group(1) + ":" + syntax.group(2);
            return new PolicyProblem(where, "syntax", syntax.group(3).strip());
        }
        Matcher located = LOCATED.matcher(message);
        if (!located.matches()) {
            return new PolicyProblem("", "other", message);
        }
        String key = located.group(1).strip();
        String what = located.group(2).strip();
        if (key.equals("the document")) {
            return new PolicyProblem("", "document", what);
        }
        if (key.startsWith("extends")) {
            return new PolicyProblem("extends", "extends", what.replaceAll("\\. Maybe.*$", ""));
        }
        return new PolicyProblem(key, rule(what), got(what));
    }

    /** A file larger than the page accepts. */
    static PolicyProblem tooLarge(int maxKb) {
        return new PolicyProblem("", "tooLarge", Integer.toString(maxKb));
    }

    private static String rule(String what) {
        if (what.startsWith("is a number")) {
            return "number";
        }
        if (what.startsWith("is a whole number")) {
            return "whole";
        }
        if (what.startsWith("is missing")) {
            return "missing";
        }
        if (what.startsWith("is not a key")) {
            return "unknown";
        }
        if (what.startsWith("is a map")) {
            return "map";
        }
        if (what.startsWith("keys are names")) {
            return "names";
        }
        return "other";
    }

    /** The value refused ({@code got -800} gives {@code -800}); empty when the rule names none. */
    private static String got(String what) {
        int at = what.lastIndexOf(", got ");
        return at < 0 ? "" : what.substring(at + ", got ".length());
    }
}
