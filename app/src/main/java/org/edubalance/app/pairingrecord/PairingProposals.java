package org.edubalance.app.pairingrecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.edubalance.app.evaluation.EvaluationService;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.ErrorCode;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.YearEvaluator;
import org.edubalance.core.pairing.PairingPolicy;
import org.edubalance.core.pairingrecord.Pairing;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.StandardCatalogue;
import org.edubalance.dataimport.policy.InvalidPolicyException;
import org.edubalance.dataimport.policy.PairingPolicyReader;
import org.edubalance.planning.pairing.PairingPlan;
import org.edubalance.planning.pairing.PairingPlanChecker;
import org.edubalance.planning.pairing.PairingPlanner;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The pairing planner run on the stored data (docs/planning/pairing-records.md §6), the same flow as {@code edubalance
 * plan pairing}: the county's school rows of the year evaluated under the default standard, the policy read by the
 * same reader, the planner, and its independent checker. The planner is exact and takes milliseconds for a county, so
 * it runs inside the request: a planning job (the rotation's pattern, for solves of seconds to minutes) would only add
 * a queue and a page to poll. Adopting a proposal stores its pairs through {@link PairingService}, so they obey the same
 * rules as a pairing typed into the form, all of them or none.
 */
@Component
final class PairingProposals {
    /** A pairing policy is a handful of lines; anything this large is not one. */
    static final int MAX_YAML_BYTES = 16 * 1024;
    /** The name an uploaded policy is read, shown and reported under (the reader names a policy after its file). */
    static final String UPLOADED = "county-policy.yaml";

    private final SchoolYears schoolYears;
    private final EvaluationService evaluations;
    private final PairingService service;

    PairingProposals(SchoolYears schoolYears, EvaluationService evaluations, PairingService service) {
        this.schoolYears = schoolYears;
        this.evaluations = evaluations;
        this.service = service;
    }

    /** A pair chosen for adoption, as the page's checkbox or the API's request names it. */
    record Chosen(String segment, String mentor, String mentee) {
        /** The checkbox value {@code SEGMENT/mentor/mentee}, or null when it is not one. */
        static @Nullable Chosen parse(String value) {
            String[] parts = value.split("/", -1);
            return parts.length == 3 ? new Chosen(parts[0], parts[1], parts[2]) : null;
        }

        String value() {
            return segment + "/" + mentor + "/" + mentee;
        }
    }

    /** The years that hold school data of {@code county}, newest first (kept until the data change). */
    List<Integer> years(RegionCode county) {
        return evaluations.derived(
                "pairing-proposal-years/" + county.value(),
                () -> schoolYears.years().stream()
                        .filter(y -> !schoolYears.ofYear(y, county).isEmpty())
                        .toList());
    }

    /** {@code year} when the county holds it; the newest year when null; else 404. */
    int year(RegionCode county, @Nullable Integer year) {
        List<Integer> held = years(county);
        if (held.isEmpty() || (year != null && !held.contains(year))) {
            throw ApiProblemException.notFound("No school data of county " + county
                    + (year == null ? "" : " in " + year) + ". Maybe one of the years " + held + ".");
        }
        return year == null ? held.getFirst() : year;
    }

    /**
     * The shipped {@code national} policy when {@code yaml} is null or blank, else the policy the text describes.
     *
     * @throws InvalidPolicyException naming the key and the rule, as the reader reports it
     */
    PairingPolicy policy(@Nullable String yaml) {
        if (yaml == null || yaml.isBlank()) {
            return PairingPolicyReader.load("national");
        }
        if (yaml.getBytes(StandardCharsets.UTF_8).length > MAX_YAML_BYTES) {
            throw new InvalidPolicyException(
                    UPLOADED + ": more than " + MAX_YAML_BYTES / 1024 + " KB. Maybe it is not a policy file.");
        }
        return read(yaml, PairingPolicyReader::load);
    }

    /** {@code yaml} read by {@code reader} from a temporary file named {@link #UPLOADED} (the reader takes files). */
    static <T> T read(String yaml, Function<String, T> reader) {
        try {
            Path dir = Files.createTempDirectory("edubalance-pairing");
            Path file = dir.resolve(UPLOADED);
            try {
                Files.writeString(file, yaml);
                return reader.apply(file.toString());
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The plan of {@code county} in {@code year}: the rows the command line would read from a file of that county and
     * year, evaluated as it does (no county inputs: a pairing reads only the per-school scores).
     *
     * @throws org.edubalance.planning.PlanningProblemInvalidException when the policy leaves the county no mentor
     */
    PairingPlan plan(RegionCode county, int year, PairingPolicy policy) {
        List<SchoolYear> rows = schoolYears.ofYear(year, county);
        Evaluation evaluation =
                new YearEvaluator(StandardCatalogue.load(StandardCatalogue.DEFAULT_ID)).evaluate(rows, year, Map.of());
        PairingPlan plan = new PairingPlanner(policy).plan(evaluation, county.value());
        List<String> problems = PairingPlanChecker.check(plan, evaluation, policy);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The independent check of the pairing plan failed (a bug): " + problems);
        }
        return plan;
    }

    /** The plan's pairs of {@code segment}, or all when it is null. */
    static List<PairingPlan.Pair> pairs(PairingPlan plan, @Nullable Segment segment) {
        return plan.pairs().stream()
                .filter(p -> segment == null || p.segment() == segment)
                .toList();
    }

    /**
     * Stores {@code chosen} as pairings starting in {@code startYear} with one agreement: all, or none and every
     * violation (the row of a violation is the pair's position in {@code chosen}, from 1). A pair that runs already is
     * refused as the form refuses it (rule PR-09).
     */
    List<Pairing> adopt(
            RegionCode county,
            List<Chosen> chosen,
            int startYear,
            @Nullable String signedOn,
            String summary,
            String source,
            String user) {
        if (chosen.isEmpty()) {
            throw new ApiProblemException(
                    HttpStatus.BAD_REQUEST, ErrorCode.INVALID_REQUEST, "No pair chosen. Maybe tick at least one.");
        }
        String signed = signedOn == null || signedOn.isBlank() ? LocalDate.now().toString() : signedOn;
        List<PairingRow> rows = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Chosen c = chosen.get(i);
            rows.add(new PairingRow(
                    i + 1, c.segment(), c.mentor(), c.mentee(), Integer.toString(startYear), "", signed, summary, ""));
        }
        return service.create(county, source, rows, user);
    }

    /** The file's text; no file or an empty one is refused as such, a too large one unread. */
    static String text(@Nullable MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidPolicyException(
                    PairingProposals.UPLOADED + ": the document: expected a map of keys, got" + " nothing.");
        }
        if (file.getSize() > PairingProposals.MAX_YAML_BYTES) {
            throw new InvalidPolicyException(PairingProposals.UPLOADED + ": more than "
                    + PairingProposals.MAX_YAML_BYTES / 1024 + " KB. Maybe it is not a policy file.");
        }
        try (InputStream in = file.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
