package org.edubalance.app.pairingrecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.edubalance.core.region.County;
import org.edubalance.planning.groups.GroupPlan;
import org.edubalance.report.planning.GroupWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds the school-group proposal page ({@link GroupProposalView}) from a plan and the county's running stored groups,
 * the reasons worded as the workbook words them ({@link GroupWorkbook}) in the page's language.
 */
@Component
final class GroupProposalPages {
    private final GroupProposals proposals;
    private final MessageSource messages;

    GroupProposalPages(GroupProposals proposals, MessageSource messages) {
        this.proposals = proposals;
        this.messages = messages;
    }

    /** What the form asked for: the year, the cores, the time limit, the policy and whether one is in the session. */
    record Request(int year, List<String> cores, int seconds, String policyChoice, boolean uploaded) {}

    GroupProposalView view(
            County county,
            Request request,
            @Nullable GroupPlan plan,
            boolean edits,
            List<String> problems,
            @Nullable Integer startYear,
            Locale locale) {
        List<GroupProposalView.GroupLine> groups = new ArrayList<>();
        List<GroupProposalView.UnplacedLine> unplaced = new ArrayList<>();
        GroupProposalView.Summary summary = null;
        String policy = request.policyChoice().equals("uploaded") ? PairingProposals.UPLOADED : "national";
        int start = startYear == null ? request.year() : startYear;
        if (plan != null) {
            policy = plan.policy();
            Set<String> inGroup = proposals.inRunningGroups(county.code(), start);
            GroupWorkbook words = new GroupWorkbook(locale);
            for (GroupPlan.Group g : plan.groups()) {
                List<GroupProposalView.MemberLine> members = g.members().stream()
                        .map(m -> new GroupProposalView.MemberLine(
                                m.school(), name(plan, m.school()), m.km(), m.strength(), inGroup.contains(m.school())))
                        .toList();
                boolean coreIn = inGroup.contains(g.core());
                boolean clash = coreIn || members.stream().anyMatch(GroupProposalView.MemberLine::inGroup);
                String value = new GroupProposals.Chosen(
                                g.segment().name(),
                                g.core(),
                                g.members().stream()
                                        .map(GroupPlan.Member::school)
                                        .toList(),
                                "")
                        .value();
                groups.add(new GroupProposalView.GroupLine(
                        value,
                        g.segment().name(),
                        g.core(),
                        name(plan, g.core()),
                        g.coreStrength(),
                        members,
                        g.size(),
                        g.meanStrength(),
                        g.km(),
                        GroupProposals.name(name(plan, g.core()), g.segment().name()),
                        coreIn,
                        !clash && !g.members().isEmpty()));
            }
            for (GroupPlan.Unplaced u : plan.unplaced()) {
                unplaced.add(new GroupProposalView.UnplacedLine(
                        u.segment().name(),
                        u.school(),
                        name(plan, u.school()),
                        u.reason().name(),
                        words.reason(u.reason(), plan),
                        inGroup.contains(u.school())));
            }
            GroupPlan.Summary s = plan.summary();
            summary = new GroupProposalView.Summary(
                    s.cores(),
                    s.members(),
                    s.placed(),
                    s.totalKm(),
                    s.status().name(),
                    messages.getMessage(
                            "pairing.proposal.status." + s.status().name(),
                            null,
                            s.status().name(),
                            locale),
                    s.bound(),
                    s.gap(),
                    s.seconds());
        }
        return new GroupProposalView(
                county.code().value(),
                county.name(),
                proposals.years(county.code()),
                request.year(),
                proposals.coreOptions(county.code(), request.year()),
                request.cores(),
                request.seconds(),
                policy,
                request.uploaded(),
                request.policyChoice(),
                groups,
                unplaced,
                summary,
                edits,
                problems,
                start);
    }

    /** The refusals of an adoption, each naming its group (segment, core) and the rule broken. */
    List<String> adoptionProblems(
            List<PairingViolation> violations, List<GroupProposals.Chosen> chosen, PairingWords words, Locale locale) {
        return violations.stream()
                .map(v -> {
                    GroupProposals.Chosen group =
                            v.row() >= 1 && v.row() <= chosen.size() ? chosen.get((int) v.row() - 1) : null;
                    String which = group == null
                            ? ""
                            : messages.getMessage("segment." + group.segment(), null, group.segment(), locale) + " "
                                    + group.core();
                    return messages.getMessage(
                            "groups.proposal.refusedGroup",
                            new Object[] {
                                which, v.rule(), words.rule(v.rule(), locale), v.value() == null ? "" : v.value()
                            },
                            locale);
                })
                .toList();
    }

    private static String name(GroupPlan plan, String code) {
        return plan.names().getOrDefault(code, code);
    }
}
