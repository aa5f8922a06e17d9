package org.edubalance.app.enrolment;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.Attachment;
import org.edubalance.core.enrolment.EnrolmentRound;
import org.edubalance.core.enrolment.EnrolmentRoundKind;
import org.edubalance.core.enrolment.EnrolmentRoundStatus;
import org.edubalance.core.enrolment.RoundFile;
import org.edubalance.dataimport.policy.AdmissionPolicyReader;
import org.edubalance.dataimport.policy.QuotaPolicyReader;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public pages of the published draws, without sign-in (docs/planning/rounds.md §4): what anyone needs to recompute
 * every lottery number and placement. A round not published is not found, whatever its state.
 */
@Controller
final class PublicDrawPageController {
    private final EnrolmentRoundService rounds;
    private final JsonMapper json;

    PublicDrawPageController(EnrolmentRoundService rounds, JsonMapper json) {
        this.rounds = rounds;
        this.json = json;
    }

    @GetMapping("/public/draws")
    String list(Model model) {
        model.addAttribute("draws", rounds.published());
        return "public/draws";
    }

    @GetMapping("/public/draws/{id}")
    String draw(@PathVariable long id, Model model) {
        EnrolmentRound round = published(id);
        JsonNode result = json.readTree(rounds.result(id));
        if (round.kind() == EnrolmentRoundKind.QUOTA) {
            model.addAttribute("draw", quota(round, result));
            return "public/quota-draw";
        }
        List<PublicDrawView.Line> lines = new ArrayList<>();
        for (JsonNode a : result.get("assignments")) {
            lines.add(new PublicDrawView.Line(
                    a.get("applicantId").asString(),
                    a.get("lotteryNumber").isNull()
                            ? ""
                            : a.get("lotteryNumber").asString(),
                    text(a.get("school")),
                    text(a.get("class")),
                    a.get("choiceRank").isNull() ? null : a.get("choiceRank").asInt()));
        }
        List<PublicDrawView.FileLink> files = files(round);
        String arguments = arguments(round);
        model.addAttribute(
                "draw",
                new PublicDrawView(
                        round,
                        String.valueOf(EnrolmentRoundResponse.seed(round)),
                        files,
                        lines,
                        "edubalance lottery verify --result result.json" + arguments,
                        "python3 verifier/edubalance_verify.py verify --result result.json" + arguments));
        return "public/draw";
    }

    @GetMapping("/public/draws/{id}/files/{name}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable String name) {
        RoundFile file = published(id).files().stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseThrow(() -> ApiProblemException.notFound("No file " + name + " in draw " + id + "."));
        return attachment(download(file), file.content());
    }

    @GetMapping("/public/draws/{id}/result.json")
    ResponseEntity<byte[]> result(@PathVariable long id) {
        published(id);
        return attachment("result.json", rounds.result(id).getBytes(StandardCharsets.UTF_8));
    }

    /** The page of a quota round: its quotas, every candidate's number and outcome, the cut-offs. */
    private static QuotaDrawView quota(EnrolmentRound round, JsonNode result) {
        List<QuotaDrawView.Quota> quotas = new ArrayList<>();
        for (JsonNode high : result.get("apportionment")) {
            for (JsonNode a : high.get("allocations")) {
                quotas.add(new QuotaDrawView.Quota(
                        high.get("highSchool").asString(),
                        high.get("quotaSeats").asInt(),
                        a.get("juniorSchool").asString(),
                        a.get("candidates").asInt(),
                        a.get("weight").asString(),
                        a.get("seats").asInt()));
            }
        }
        List<QuotaDrawView.Admission> admissions = new ArrayList<>();
        for (JsonNode a : result.get("admissions")) {
            admissions.add(new QuotaDrawView.Admission(
                    a.get("candidateId").asString(),
                    a.get("lotteryNumber").asString(),
                    text(a.get("school")),
                    text(a.get("batch"))));
        }
        List<QuotaDrawView.Cutoff> cutoffs = new ArrayList<>();
        for (JsonNode c : result.get("cutoffs")) {
            cutoffs.add(new QuotaDrawView.Cutoff(
                    c.get("school").asString(),
                    c.get("batch").asString(),
                    text(c.get("juniorSchool")),
                    c.get("lastScore").asString()));
        }
        String arguments = arguments(round);
        return new QuotaDrawView(
                round,
                String.valueOf(EnrolmentRoundResponse.seed(round)),
                files(round),
                quotas,
                admissions,
                cutoffs,
                "edubalance lottery verify --kind quota --result result.json" + arguments,
                "python3 verifier/edubalance_verify.py verify --result result.json" + arguments);
    }

    private static List<PublicDrawView.FileLink> files(EnrolmentRound round) {
        return round.files().stream()
                .map(f -> new PublicDrawView.FileLink(f.name(), download(f), String.valueOf(f.sha256())))
                .toList();
    }

    /** The options of both verifiers over the downloads, the round selected explicitly. */
    private static String arguments(EnrolmentRound round) {
        StringBuilder text = new StringBuilder();
        for (RoundFile file : round.files()) {
            // A shipped policy is named by its id, as the round ran it; a bureau's file by its name.
            text.append(" --").append(file.name().replace('_', '-')).append(' ').append(file.fileName());
        }
        text.append(" --year ").append(round.year());
        if (round.kind() == EnrolmentRoundKind.QUOTA) {
            return text.append(" --area ").append(round.area().value()).toString();
        }
        return text.append(" --county ")
                .append(round.area().value())
                .append(" --entry-grade ")
                .append(round.admissionGrade().name())
                .toString();
    }

    /** A shipped policy downloads as its YAML file; the command names it by its id. */
    private static String download(RoundFile file) {
        return AdmissionPolicyReader.SHIPPED.contains(file.fileName())
                        || QuotaPolicyReader.SHIPPED.contains(file.fileName())
                ? file.fileName() + ".yaml"
                : file.fileName();
    }

    private EnrolmentRound published(long id) {
        EnrolmentRound round = rounds.round(id);
        if (round.status() != EnrolmentRoundStatus.PUBLISHED) {
            throw ApiProblemException.notFound("No published draw " + id + ".");
        }
        return round;
    }

    private static ResponseEntity<byte[]> attachment(String name, byte[] content) {
        return Attachment.of(name, MediaType.APPLICATION_OCTET_STREAM, content);
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }
}
