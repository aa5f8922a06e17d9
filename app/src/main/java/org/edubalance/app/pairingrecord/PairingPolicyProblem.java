package org.edubalance.app.pairingrecord;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edubalance.dataimport.policy.InvalidPolicyException;

/**
 * Why an uploaded pairing policy was refused, located for the page: the key (or {@code line:column} of a YAML syntax
 * error), the rule broken as a message code {@code pairing.proposal.policyRule.<rule>} the page words in its language,
 * and the value refused. The reader words its problems in English for the command line (and the API answers with
 * them); they are parsed back here, and a problem this class does not know keeps the reader's words ({@code other}).
 *
 * @param key the key ({@code maxDistanceKm}), {@code line:column}, or empty
 * @param rule unknown, missing, number, cap, whole, zero, bool, extends, document, syntax, tooLarge, other; for the
 *     group keys groupMinSize, groupMaxSize (their own lower bounds) and groupCap (the group floor above 2)
 * @param detail the value refused, or the reader's text for {@code other}
 */
record PairingPolicyProblem(String key, String rule, String detail) {
    private static final Pattern LOCATED = Pattern.compile("^[^:]+: ([^:]+): (.*?)\\.?$", Pattern.DOTALL);
    private static final Pattern SYNTAX =
            Pattern.compile("is not valid YAML(?: at line (\\d+), column (\\d+))?: (.*)$", Pattern.DOTALL);
    private static final Pattern GOT = Pattern.compile(", got (.*)$", Pattern.DOTALL);
    private static final Pattern IS = Pattern.compile("^is ([^,:]+)[,:]");

    /** The problem the reader's exception names. */
    static PairingPolicyProblem of(InvalidPolicyException e) {
        String message = String.valueOf(e.getMessage());
        Matcher syntax = SYNTAX.matcher(message);
        if (syntax.find()) {
            String where = syntax.group(1) == null ? "" : syntax.group(1) + ":" + syntax.group(2);
            return new PairingPolicyProblem(where, "syntax", syntax.group(3).strip());
        }
        if (message.startsWith(PairingProposals.UPLOADED + ": more than")) {
            return new PairingPolicyProblem("", "tooLarge", Integer.toString(PairingProposals.MAX_YAML_BYTES / 1024));
        }
        Matcher located = LOCATED.matcher(message);
        if (!located.matches()) {
            return new PairingPolicyProblem("", "other", message);
        }
        String key = located.group(1).strip();
        String what = located.group(2).strip();
        if (key.equals("the document")) {
            return new PairingPolicyProblem("", "document", what);
        }
        if (key.startsWith("extends")) {
            return new PairingPolicyProblem(
                    "extends",
                    "extends",
                    what.replaceAll(" is not a shipped.*$", "").replaceAll("^'|'$", ""));
        }
        String base = rule(what);
        String rule = group(key, base);
        Matcher got = GOT.matcher(what);
        Matcher is = IS.matcher(what);
        String value = base.equals("other")
                ? what
                : got.find() ? got.group(1) : base.equals("cap") && is.find() ? is.group(1) : "";
        return new PairingPolicyProblem(key, rule, value);
    }

    /** The group keys' bounds differ from the pairing's (a size ≥ 2, ≥ groupMinSize; a floor no group reaches). */
    private static String group(String key, String rule) {
        if (rule.equals("whole") && (key.equals("groupMinSize") || key.equals("groupMaxSize"))) {
            return key;
        }
        return rule.equals("cap") && key.equals("groupMinMeanStrength") ? "groupCap" : rule;
    }

    private static String rule(String what) {
        if (what.startsWith("is not a key")) {
            return "unknown";
        }
        if (what.startsWith("is missing")) {
            return "missing";
        }
        if (what.startsWith("is a number")) {
            return "number";
        }
        if (what.startsWith("is a whole number")) {
            return "whole";
        }
        if (what.startsWith("is true or false")) {
            return "bool";
        }
        if (what.startsWith("is 0:")) {
            return "zero";
        }
        if (what.contains("above the most any school reaches")) {
            return "cap";
        }
        return "other";
    }
}
