package org.edubalance.app.enrolment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.core.account.Role;
import org.edubalance.core.enrolment.EnrolmentRound;
import org.edubalance.core.enrolment.EnrolmentRoundKind;
import org.edubalance.core.enrolment.EnrolmentRoundStatus;
import org.edubalance.core.planning.PlanningJob;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.planning.admission.AdmissionExplanation;
import org.edubalance.planning.admission.AdmissionResult;
import org.edubalance.planning.admission.AdmissionStatistics;
import org.edubalance.planning.quota.QuotaExplanation;
import org.edubalance.report.planning.AdmissionWording;
import org.edubalance.report.planning.QuotaWording;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a round's page shows (docs/planning/rounds.md, "Pages"), built for the person reading it: the steps, the
 * result's figures and demand chart for the bureau, a principal's own school or candidates, and the per-child
 * explanation — the views {@link EnrolmentRoundPageController} renders, kept apart from its forms and downloads.
 */
@Component
final class RoundPageViews {
    private final EnrolmentRoundService rounds;
    private final EnrolmentRoundPages pages;
    private final MessageSource messages;
    private final JsonMapper json;

    RoundPageViews(EnrolmentRoundService rounds, EnrolmentRoundPages pages, MessageSource messages, JsonMapper json) {
        this.rounds = rounds;
        this.pages = pages;
        this.messages = messages;
        this.json = json;
    }

    RoundPageView view(
            EnrolmentRound round,
            @Nullable PlanningJob job,
            EnrolmentRoundPages.@Nullable Computed computed,
            @Nullable ExplanationView explanation,
            AccountDetails user,
            Locale locale) {
        List<RoundPageView.Step> steps = new ArrayList<>();
        for (EnrolmentRoundStatus status : EnrolmentRoundStatus.values()) {
            steps.add(new RoundPageView.Step(
                    status.name(), status.ordinal() <= round.status().ordinal(), status == round.status()));
        }
        boolean bureau = EnrolmentRoundPageController.bureau(user);
        boolean principal = user.role() == Role.PRINCIPAL;
        EnrolmentRoundPages.QuotaComputed quota =
                computed == null && bureau ? pages.quotaResult(round, job).orElse(null) : null;
        Map<String, String> names = pages.schoolNames(round, quota == null ? null : quota.round());
        QuotaResultView quotaView =
                quota == null ? null : QuotaResultView.of(json.readTree(rounds.result(round.id())), names);
        return new RoundPageView(
                round,
                pages.areaName(round.area()),
                steps,
                EnrolmentRoundResponse.seed(round),
                job,
                computed == null || !bureau ? null : result(computed.result(), names, locale),
                quotaView,
                quotaView == null ? null : json.writeValueAsString(quotaView.chart(locationWords(locale))),
                computed == null || !principal
                        ? null
                        : ownSchool(computed.result(), user.account().school(), names, locale),
                principal
                                && round.kind() == EnrolmentRoundKind.QUOTA
                                && round.status() == EnrolmentRoundStatus.PUBLISHED
                        ? ownCandidates(round, user, names, locale)
                        : List.of(),
                explanation,
                user.role() == Role.ADMIN || user.role() == Role.PLANNER,
                bureau);
    }

    /** A principal's candidates in a published quota round, as the service cuts the result for their school. */
    private List<RoundPageView.OwnCandidate> ownCandidates(
            EnrolmentRound round, AccountDetails user, Map<String, String> names, Locale locale) {
        JsonNode own =
                json.readTree(rounds.resultOfSchool(round.id(), user.account().school()));
        List<RoundPageView.OwnCandidate> lines = new ArrayList<>();
        for (JsonNode a : own.get("admissions")) {
            JsonNode school = a.get("school");
            JsonNode batch = a.get("batch");
            lines.add(new RoundPageView.OwnCandidate(
                    a.get("candidateId").asString(),
                    school == null || school.isNull() ? null : names.getOrDefault(school.asString(), school.asString()),
                    batch == null || batch.isNull() ? null : message("quotaDraw.batch." + batch.asString(), locale),
                    a.get("lotteryNumber").asString()));
        }
        return lines;
    }

    private Map<String, String> locationWords(Locale locale) {
        Map<String, String> words = new LinkedHashMap<>();
        for (String location : List.of("URBAN", "TOWN", "RURAL")) {
            words.put(location, message("location." + location, locale));
        }
        return words;
    }

    private RoundResultView result(AdmissionResult result, Map<String, String> names, Locale locale) {
        AdmissionWording words = new AdmissionWording(locale);
        List<RoundResultView.SchoolLine> schools = new ArrayList<>();
        for (AdmissionResult.SchoolLine s : result.schools()) {
            var last = s.lastAdmitted();
            String code = s.code().value();
            schools.add(new RoundResultView.SchoolLine(
                    code,
                    names.getOrDefault(code, code),
                    s.seats(),
                    s.admitted(),
                    s.applicants(),
                    s.oversubscription(),
                    last == null ? null : words.priorityClass(last.priorityClass()),
                    last == null ? null : last.lotteryNumber()));
        }
        return new RoundResultView(
                result.summary(), AdmissionStatistics.of(result), schools, demandChart(schools, locale));
    }

    /** One bar per school: applicants per seat, against the line of one applicant per seat. */
    private String demandChart(List<RoundResultView.SchoolLine> schools, Locale locale) {
        List<String> categories = new ArrayList<>();
        List<@Nullable Double> perSeat = new ArrayList<>();
        for (RoundResultView.SchoolLine s : schools) {
            categories.add(s.name());
            perSeat.add(s.perSeat() == null ? null : Math.round(s.perSeat() * 100) / 100.0);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("kind", "demand");
        doc.put("categories", categories);
        doc.put("perSeat", perSeat);
        doc.put("label", message("enrolment.perSeat", locale));
        return json.writeValueAsString(doc);
    }

    private static RoundPageView.OwnSchool ownSchool(
            AdmissionResult result, @Nullable SchoolCode school, Map<String, String> names, Locale locale) {
        AdmissionWording words = new AdmissionWording(locale);
        String code = school == null ? "" : school.value();
        List<RoundPageView.Admitted> admitted = result.assignments().stream()
                .filter(a -> a.school() != null && a.school().value().equals(code))
                .map(a -> new RoundPageView.Admitted(
                        a.applicantId(),
                        words.priorityClass(a.priorityClass()),
                        a.lotteryNumber(),
                        a.choiceRank() == null ? 0 : a.choiceRank()))
                .toList();
        return new RoundPageView.OwnSchool(code, names.getOrDefault(code, code), admitted);
    }

    @Nullable
    ExplanationView explain(EnrolmentRound round, @Nullable PlanningJob job, String applicant, Locale locale) {
        if (round.kind() == EnrolmentRoundKind.QUOTA) {
            return explainCandidate(round, job, applicant, locale);
        }
        EnrolmentRoundPages.Computed computed = pages.result(round, job).orElse(null);
        if (computed == null) {
            return null;
        }
        AdmissionExplanation explanation;
        try {
            explanation = AdmissionExplanation.explain(computed.round(), computed.result(), applicant);
        } catch (IllegalArgumentException e) {
            return ExplanationView.notFound(applicant);
        }
        AdmissionWording words = new AdmissionWording(locale);
        Map<String, String> names = pages.schoolNames(round, null);
        List<ExplanationView.Step> steps = explanation.steps().stream()
                .map(s -> new ExplanationView.Step(
                        s.position(),
                        s.school().value(),
                        names.getOrDefault(s.school().value(), s.school().value()),
                        words.priorityClass(s.priorityClass()),
                        s.lotteryNumber(),
                        s.lastAdmitted() == null
                                ? words.text("notFilled")
                                : words.text(
                                        "lastAdmitted",
                                        words.priorityClass(s.lastAdmitted().priorityClass()),
                                        s.lastAdmitted().lotteryNumber()),
                        s.admitted()))
                .toList();
        return new ExplanationView(applicant, true, words.explain(explanation).getFirst(), steps, List.of());
    }

    /** A quota round's candidate: rank, admission, the quota batch and each earlier choice (docs/planning/quota.md). */
    private @Nullable ExplanationView explainCandidate(
            EnrolmentRound round, @Nullable PlanningJob job, String candidate, Locale locale) {
        EnrolmentRoundPages.QuotaComputed computed =
                pages.quotaResult(round, job).orElse(null);
        if (computed == null) {
            return null;
        }
        QuotaExplanation.CandidateExplanation explanation =
                new QuotaExplanation(computed.round(), computed.result()).candidate(candidate);
        if (explanation == null) {
            return ExplanationView.notFound(candidate);
        }
        List<String> lines = new QuotaWording(locale).candidate(explanation);
        return new ExplanationView(candidate, true, lines.getFirst(), List.of(), lines.subList(1, lines.size()));
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
