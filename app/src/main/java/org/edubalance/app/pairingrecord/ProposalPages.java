package org.edubalance.app.pairingrecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.edubalance.core.pairing.PairingPolicy;
import org.edubalance.core.pairingrecord.Pairing;
import org.edubalance.core.region.County;
import org.edubalance.core.school.Segment;
import org.edubalance.planning.pairing.PairingPlan;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds the proposal page ({@link ProposalView}) from a plan and the county's stored pairings: which proposed pairs run
 * already, which mentees have a running pairing with another mentor, and the texts in the page's language.
 */
@Component
final class ProposalPages {
    private final PairingService service;
    private final MessageSource messages;

    ProposalPages(PairingService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    /** What the form asked for: the year, the segment shown, the policy and whether one is kept in the session. */
    record Request(int year, @Nullable Segment segment, String policyChoice, boolean uploaded) {}

    /** What the adoption form said, shown again after a refusal; null values take the defaults. */
    record Adoption(
            @Nullable Integer startYear,
            @Nullable String signedOn,
            @Nullable String agreement) {
        static final Adoption DEFAULTS = new Adoption(null, null, null);
    }

    ProposalView view(
            County county,
            List<Integer> years,
            Request request,
            @Nullable PairingPlan plan,
            boolean edits,
            List<String> problems,
            Adoption adoption,
            Locale locale) {
        List<ProposalView.PairLine> pairs = new ArrayList<>();
        List<ProposalView.UnpairedLine> unpaired = new ArrayList<>();
        ProposalView.Summary summary = null;
        String policy = "national";
        if (plan != null) {
            policy = plan.policy();
            Map<String, String> names = new HashMap<>();
            Map<String, PairingPlan.Candidate> candidates = new HashMap<>();
            for (PairingPlan.Candidate c : plan.candidates()) {
                names.put(c.school(), c.name());
                candidates.put(c.segment() + "/" + c.school(), c);
            }
            Set<String> running = new HashSet<>();
            Map<String, String> menteeOf = new HashMap<>();
            for (Pairing p : service.pairings(county.code())) {
                if (!p.isEnded()) {
                    running.add(p.segment() + "/" + p.mentor().value() + "/"
                            + p.mentee().value());
                    menteeOf.put(
                            p.segment() + "/" + p.mentee().value(), p.mentor().value());
                }
            }
            for (PairingPlan.Pair p : PairingProposals.pairs(plan, request.segment())) {
                String value = p.segment() + "/" + p.mentor() + "/" + p.mentee();
                PairingPlan.Candidate mentee = candidates.get(p.segment() + "/" + p.mentee());
                boolean stored = running.contains(value);
                String other = menteeOf.get(p.segment() + "/" + p.mentee());
                String elsewhere = stored || other == null ? "" : names.getOrDefault(other, other);
                pairs.add(new ProposalView.PairLine(
                        value,
                        p.segment().name(),
                        p.mentor(),
                        names.getOrDefault(p.mentor(), p.mentor()),
                        candidates.get(p.segment() + "/" + p.mentor()).strength(),
                        p.mentee(),
                        names.getOrDefault(p.mentee(), p.mentee()),
                        mentee.strength(),
                        mentee.compliant(),
                        p.km(),
                        stored,
                        elsewhere,
                        !stored && elsewhere.isEmpty()));
            }
            String km = km(plan.maxDistanceKm());
            for (PairingPlan.Unpaired u : plan.unpaired()) {
                if (request.segment() == null || u.segment() == request.segment()) {
                    unpaired.add(new ProposalView.UnpairedLine(
                            u.segment().name(),
                            u.school(),
                            names.getOrDefault(u.school(), u.school()),
                            u.reason().name(),
                            messages.getMessage(
                                    "pairing.proposal.reason." + u.reason().name(), new Object[] {km}, locale)));
                }
            }
            PairingPlan.Summary s = plan.summary();
            summary = new ProposalView.Summary(
                    s.mentors(),
                    s.mentees(),
                    s.paired(),
                    s.totalKm(),
                    s.status().name());
        }
        String text = adoption.agreement() != null
                ? adoption.agreement()
                : messages.getMessage(
                        "pairing.proposal.agreementDefault",
                        new Object[] {policy, Integer.toString(request.year())},
                        locale);
        return new ProposalView(
                county.code().value(),
                county.name(),
                years,
                request.year(),
                request.segment() == null ? "" : request.segment().name(),
                policy,
                request.uploaded(),
                request.policyChoice(),
                pairs,
                unpaired,
                summary,
                edits,
                problems,
                adoption.startYear() == null ? request.year() : adoption.startYear(),
                adoption.signedOn() == null ? LocalDate.now().toString() : adoption.signedOn(),
                text);
    }

    /** A refused policy, worded: the key and the rule with the value refused. */
    String policyProblem(PairingPolicyProblem p, Locale locale) {
        String rule = messages.getMessage(
                "pairing.proposal.policyRule." + p.rule(), new Object[] {p.detail()}, p.detail(), locale);
        return p.key().isEmpty()
                ? rule
                : messages.getMessage(
                        "pairing.proposal.policyProblem",
                        new Object[] {PairingProposals.UPLOADED, p.key(), rule},
                        locale);
    }

    /** The refusals of an adoption, each naming its pair (segment, mentor → mentee) and the rule broken. */
    List<String> adoptionProblems(
            List<PairingViolation> violations,
            List<PairingProposals.Chosen> chosen,
            PairingWords words,
            Locale locale) {
        return violations.stream()
                .map(v -> {
                    PairingProposals.Chosen pair =
                            v.row() >= 1 && v.row() <= chosen.size() ? chosen.get((int) v.row() - 1) : null;
                    String which = pair == null
                            ? ""
                            : messages.getMessage("segment." + pair.segment(), null, pair.segment(), locale) + " "
                                    + pair.mentor() + " → " + pair.mentee();
                    return messages.getMessage(
                            "pairing.proposal.refusedPair",
                            new Object[] {
                                which, v.rule(), words.rule(v.rule(), locale), v.value() == null ? "" : v.value()
                            },
                            locale);
                })
                .toList();
    }

    /** The policy leaves the county no mentor at all (the planner's refusal), worded. */
    String noMentor(PairingPolicy policy, Locale locale) {
        return messages.getMessage(
                "pairing.proposal.noMentor", new Object[] {policy.id(), policy.mentorMinStrength()}, locale);
    }

    private static String km(double km) {
        return km == Math.rint(km) ? Long.toString((long) km) : Double.toString(km);
    }
}
