package org.edubalance.app.enrolment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.edubalance.app.audit.AuditService;
import org.edubalance.app.planning.PlanningJobRunner;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.ErrorCode;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.enrolment.EnrolmentRound;
import org.edubalance.core.enrolment.EnrolmentRoundKind;
import org.edubalance.core.enrolment.EnrolmentRoundStatus;
import org.edubalance.core.enrolment.EnrolmentRounds;
import org.edubalance.core.enrolment.RoundFile;
import org.edubalance.core.planning.PlanningJob;
import org.edubalance.core.planning.PlanningJobRequest;
import org.edubalance.core.planning.PlanningJobStatus;
import org.edubalance.core.planning.PlanningJobs;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.region.RegionLevel;
import org.edubalance.core.region.Regions;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.dataimport.policy.AdmissionPolicyReader;
import org.edubalance.dataimport.policy.InvalidPolicyException;
import org.edubalance.dataimport.policy.QuotaPolicyReader;
import org.edubalance.dataimport.school.SchoolCsvWriter;
import org.edubalance.planning.admission.AdmissionResultJson;
import org.edubalance.planning.lottery.LotteryInput;
import org.edubalance.planning.lottery.LotteryV1;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The steps of an enrolment round (docs/planning/rounds.md §1): create an admission or a quota (entrance-exam) round
 * from uploaded files (checked all or nothing), commit, draw with the public value, approve the job's result, publish.
 * Each step is allowed only from the one before it (else 409) and writes an audit entry under {@code enrolment-round}.
 *
 * <p>Not final: Spring subclasses it to run its methods in transactions.
 */
@Service
public class EnrolmentRoundService {
    /** The audit log's target type of rounds. */
    static final String AUDIT_TARGET = "enrolment-round";

    private final EnrolmentRounds rounds;
    private final PlanningJobs jobs;
    private final PlanningJobRunner runner;
    private final Regions regions;
    private final SchoolYears schoolYears;
    private final AuditService audit;
    private final JsonMapper json;
    private final Clock clock;

    // One collaborator per store and step: wiring, not a parameter bag.
    EnrolmentRoundService(
            EnrolmentRounds rounds,
            PlanningJobs jobs,
            PlanningJobRunner runner,
            Regions regions,
            SchoolYears schoolYears,
            AuditService audit,
            JsonMapper json,
            Clock clock) {
        this.rounds = rounds;
        this.jobs = jobs;
        this.runner = runner;
        this.regions = regions;
        this.schoolYears = schoolYears;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** An uploaded file: its name as sent and its bytes. */
    public record Upload(String fileName, byte[] content) {
        public Upload {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    /**
     * Stores a new round of {@code county}, {@code year} and {@code grade}: the bureau's school data of that county and
     * year exported as {@code schools.csv}, the three uploads and the policy (the shipped {@code national} when none is
     * given), after reading them as the command does.
     *
     * @throws ApiProblemException 400 for a file that is not valid; nothing is stored
     * @throws org.edubalance.dataimport.ImportRejectedException with every located error of the files
     */
    @Transactional
    public long create(
            String county,
            int year,
            String grade,
            Upload seats,
            Upload zones,
            Upload applicants,
            @Nullable Upload policy,
            String user) {
        RegionCode code = county(county);
        EntryGrade entryGrade = grade(grade);
        List<SchoolYear> schools = schoolYears.ofYear(year, code);
        if (schools.isEmpty()) {
            throw ApiProblemException.invalid("County " + county + " has no school data for " + year
                    + ". Maybe import the school data of that year first.");
        }
        List<RoundFile> files = new ArrayList<>();
        files.add(new RoundFile("schools", "schools.csv", schoolsCsv(schools), null));
        files.add(table("seats", seats));
        files.add(table("zones", zones));
        files.add(table("applicants", applicants));
        files.add(
                policy == null
                        ? new RoundFile("policy", "national", AdmissionPolicyReader.shippedBytes("national"), null)
                        : policyFile(policy));
        try {
            FrozenInputs.read(files, code, year, entryGrade);
        } catch (InvalidPolicyException | IllegalArgumentException e) {
            throw ApiProblemException.invalid(String.valueOf(e.getMessage()));
        }
        Instant now = clock.instant();
        long id = rounds.add(EnrolmentRoundKind.ADMISSION, code, year, entryGrade, files, user, now);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("kind", EnrolmentRoundKind.ADMISSION.name());
        facts.put("county", county);
        facts.put("year", year);
        facts.put("entryGrade", entryGrade.name());
        facts.put("policy", files.get(4).fileName());
        audit.record(user, AUDIT_TARGET, Long.toString(id), "CREATE", null, facts);
        return id;
    }

    /**
     * Stores a new entrance-exam (quota) round of {@code area} (a county or a city) and {@code year}: the bureau's
     * school data of that area and year exported as {@code schools.csv}, the two uploads and the policy (the shipped
     * {@code national} when none is given), in the order {@code edubalance lottery commit --kind quota} hashes them,
     * after reading them as {@code edubalance plan quota --year year --area area} does.
     *
     * @throws ApiProblemException 400 for a file that is not valid or an area unknown; nothing is stored
     * @throws org.edubalance.dataimport.ImportRejectedException with every located error of the files
     */
    @Transactional
    public long createQuota(
            String area, int year, Upload highSchools, Upload candidates, @Nullable Upload policy, String user) {
        RegionCode code = area(area);
        List<SchoolYear> schools = schoolYears.ofYear(year).stream()
                .filter(s -> inArea(s.county().code(), code))
                .toList();
        if (schools.isEmpty()) {
            throw ApiProblemException.invalid("Area " + area + " has no school data for " + year
                    + ". Maybe import the school data of that year first.");
        }
        List<RoundFile> files = new ArrayList<>();
        files.add(new RoundFile("schools", "schools.csv", schoolsCsv(schools), null));
        files.add(table("high_schools", highSchools));
        files.add(table("candidates", candidates));
        files.add(
                policy == null
                        ? new RoundFile("policy", "national", QuotaPolicyReader.bytes("national"), null)
                        : policyFile(policy));
        try {
            QuotaFrozenInputs.read(files, code, year);
        } catch (InvalidPolicyException | IllegalArgumentException e) {
            throw ApiProblemException.invalid(String.valueOf(e.getMessage()));
        }
        long id = rounds.add(EnrolmentRoundKind.QUOTA, code, year, null, files, user, clock.instant());
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("kind", EnrolmentRoundKind.QUOTA.name());
        facts.put("area", area);
        facts.put("year", year);
        facts.put("policy", files.get(3).fileName());
        audit.record(user, AUDIT_TARGET, Long.toString(id), "CREATE", null, facts);
        return id;
    }

    /** Every round of {@code area} (a county or a city), newest first, without the files' contents. */
    @Transactional(readOnly = true)
    public List<EnrolmentRound> ofArea(RegionCode area) {
        return rounds.ofArea(area);
    }

    /** The round {@code id} with its files, or 404. */
    @Transactional(readOnly = true)
    public EnrolmentRound round(long id) {
        return rounds.find(id).orElseThrow(() -> ApiProblemException.notFound("No enrolment round " + id + "."));
    }

    /** The job of {@code round}, once drawn. */
    @Transactional(readOnly = true)
    public @Nullable PlanningJob job(EnrolmentRound round) {
        Long id = round.jobId();
        return id == null ? null : jobs.find(id).orElse(null);
    }

    /** The published rounds, newest first. */
    @Transactional(readOnly = true)
    public List<EnrolmentRound> published() {
        return rounds.published();
    }

    /** {@code DRAFT → COMMITTED}: hashes the frozen files and stores the commit; 409 from any other step. */
    @Transactional
    public EnrolmentRound commit(long id, String user) {
        EnrolmentRound round = round(id);
        Map<String, String> hashes = new LinkedHashMap<>();
        List<LotteryInput> inputs = new ArrayList<>();
        for (RoundFile file : round.files()) {
            LotteryInput input = LotteryInput.of(file.name(), file.content());
            inputs.add(input);
            hashes.put(file.name(), input.sha256());
        }
        String commit = LotteryV1.commit(inputs);
        if (!rounds.commit(id, hashes, commit, clock.instant())) {
            throw conflict("Round " + id + " is " + round.status() + ": only a DRAFT round is committed, once.");
        }
        audit.record(user, AUDIT_TARGET, Long.toString(id), "COMMIT", null, Map.of("commit", commit));
        return round(id);
    }

    /**
     * {@code COMMITTED → DRAWN}: stores the public value and queues the admission job. Refused (409) unless the commit
     * was stored before; an empty value is 400.
     */
    @Transactional
    public EnrolmentRound draw(long id, @Nullable String publicValue, String user) {
        if (publicValue == null || publicValue.isEmpty()) {
            throw ApiProblemException.invalid("The public value is empty: a draw needs a value nobody knew when the"
                    + " commit was published (e.g. a named closing index on a named day).");
        }
        EnrolmentRound round = round(id);
        if (round.status() != EnrolmentRoundStatus.COMMITTED) {
            throw conflict("Round " + id + " is " + round.status() + ": a public value is taken only after the"
                    + " commit was stored and announced, and only once.");
        }
        Instant now = clock.instant();
        long job = jobs.add(new PlanningJobRequest(
                round.kind() == EnrolmentRoundKind.QUOTA ? QuotaJobKind.CODE : AdmissionJobKind.CODE,
                round.area(),
                round.year(),
                json.writeValueAsString(Map.of("round", id)),
                null,
                user,
                now));
        if (!rounds.draw(id, publicValue, job, now)) {
            throw conflict("Round " + id + " changed meanwhile: it was drawn by someone else.");
        }
        audit.record(
                user,
                AUDIT_TARGET,
                Long.toString(id),
                "DRAW",
                null,
                Map.of("publicValue", publicValue, "job", job, "commit", String.valueOf(round.commit())));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                runner.wake();
            }
        });
        return round(id);
    }

    /**
     * {@code DRAWN → APPROVED} once the job is done: a planner or administrator (the roles that approve a rotation plan)
     * accepts the result, which is recomputed from the frozen files and must equal the job's; 409 from any other step.
     */
    @Transactional
    public EnrolmentRound approve(long id, String user) {
        EnrolmentRound round = round(id);
        PlanningJob job = job(round);
        if (round.status() != EnrolmentRoundStatus.DRAWN || job == null || job.status() != PlanningJobStatus.DONE) {
            throw conflict("Round " + id + " is " + round.status()
                    + (job == null ? "" : " with its job " + job.status())
                    + ": only a drawn round whose job is DONE is approved, once.");
        }
        recomputed(round, job);
        Instant now = clock.instant();
        // The job records the approval too, as a rotation plan's does (docs/planning/jobs.md §5).
        if (!rounds.approve(id, user, now) || !jobs.approve(job.id(), user, now)) {
            throw conflict("Round " + id + " changed meanwhile: it was approved by someone else.");
        }
        audit.record(
                user, AUDIT_TARGET, Long.toString(id), "APPROVE", null, Map.of("job", job.id(), "status", "APPROVED"));
        return round(id);
    }

    /**
     * {@code APPROVED → PUBLISHED}: the result is recomputed once more from the frozen files (byte for byte the
     * command's document; the job's stored copy is jsonb, which does not keep key order), must still equal the job's,
     * and is stored as published; 409 from any other step.
     */
    @Transactional
    public EnrolmentRound publish(long id, String user) {
        EnrolmentRound round = round(id);
        PlanningJob job = job(round);
        if (round.status() != EnrolmentRoundStatus.APPROVED || job == null) {
            throw conflict("Round " + id + " is " + round.status()
                    + ": only an approved round is published, once. Maybe approve it first.");
        }
        String document = recomputed(round, job);
        if (!rounds.publish(id, user, clock.instant(), document)) {
            throw conflict("Round " + id + " changed meanwhile: it was published by someone else.");
        }
        audit.record(
                user, AUDIT_TARGET, Long.toString(id), "PUBLISH", null, Map.of("job", job.id(), "status", "PUBLISHED"));
        return round(id);
    }

    /** The command's document of {@code round} recomputed from its frozen files; it must equal {@code job}'s. */
    private String recomputed(EnrolmentRound round, PlanningJob job) {
        String publicValue = String.valueOf(round.publicValue());
        String document = round.kind() == EnrolmentRoundKind.QUOTA
                ? QuotaJobKind.document(QuotaJobKind.plan(round, publicValue))
                : AdmissionResultJson.write(AdmissionJobKind.plan(round, publicValue));
        if (!json.readTree(document).equals(json.readTree(String.valueOf(job.resultJson())))) {
            throw new IllegalStateException(
                    "The result of round " + round.id() + " recomputed differs from its job's.");
        }
        return document;
    }

    /** The result document of round {@code id}: as published, or the job's before; 404 before the job is done. */
    @Transactional(readOnly = true)
    public String result(long id) {
        EnrolmentRound round = round(id);
        return rounds.publishedResult(id).orElseGet(() -> {
            PlanningJob job = job(round);
            if (job == null || job.status() != PlanningJobStatus.DONE || job.resultJson() == null) {
                throw ApiProblemException.notFound("Round " + id + " has no result yet.");
            }
            return job.resultJson();
        });
    }

    /**
     * What a principal of {@code school} sees of the result of round {@code id} (docs/planning/rounds.md §3): of an
     * admission round the assignments to their school and its line of {@code schools}; of a quota round their junior
     * high's quota line at each high school, the outcomes of their own candidates, their junior high's quota cut-offs
     * and its equity line. No other school's figures and no summary.
     */
    @Transactional(readOnly = true)
    public String resultOfSchool(long id, @Nullable SchoolCode school) {
        EnrolmentRound round = round(id);
        JsonNode document = json.readTree(result(id));
        String code = school == null ? "" : school.value();
        ObjectNode copy = (ObjectNode) document.deepCopy();
        if (round.kind() == EnrolmentRoundKind.ADMISSION) {
            copy.set("assignments", only(document.get("assignments"), "school", code, copy.arrayNode()));
            copy.set("schools", only(document.get("schools"), "code", code, copy.arrayNode()));
            copy.remove("summary");
            return json.writeValueAsString(copy);
        }
        Set<String> own = new HashSet<>();
        QuotaFrozenInputs inputs = QuotaFrozenInputs.read(round.files(), round.area(), round.year());
        inputs.round().candidates().stream()
                .filter(c -> c.juniorSchool().equals(code))
                .forEach(c -> own.add(c.id()));
        ArrayNode apportionment = copy.arrayNode();
        for (JsonNode high : document.get("apportionment")) {
            ObjectNode line = copy.objectNode();
            line.set("highSchool", high.get("highSchool"));
            line.set("allocations", only(high.get("allocations"), "juniorSchool", code, copy.arrayNode()));
            apportionment.add(line);
        }
        copy.set("apportionment", apportionment);
        ArrayNode admissions = copy.arrayNode();
        for (JsonNode a : document.get("admissions")) {
            if (own.contains(a.get("candidateId").asString())) {
                admissions.add(a);
            }
        }
        copy.set("admissions", admissions);
        copy.set("cutoffs", only(document.get("cutoffs"), "juniorSchool", code, copy.arrayNode()));
        copy.set("equity", only(document.get("equity"), "juniorSchool", code, copy.arrayNode()));
        copy.remove("equitySummary");
        return json.writeValueAsString(copy);
    }

    private static ArrayNode only(JsonNode array, String field, String code, ArrayNode into) {
        for (JsonNode line : array) {
            if (line.hasNonNull(field) && line.get(field).asString().equals(code)) {
                into.add(line);
            }
        }
        return into;
    }

    /** A county or a city held in the regions. */
    private RegionCode area(String code) {
        return regions.find(code)
                .filter(r -> r.level() == RegionLevel.COUNTY || r.level() == RegionLevel.CITY)
                .map(r -> new RegionCode(r.code()))
                .orElseThrow(() -> ApiProblemException.invalid("No county or city " + code + "."));
    }

    /** Whether a school of {@code county} is in {@code area} (the county itself or its city). */
    private static boolean inArea(RegionCode county, RegionCode area) {
        return county.equals(area) || county.cityCode().equals(area.value());
    }

    private RegionCode county(String code) {
        return regions.counties().stream()
                .filter(c -> c.code().value().equals(code))
                .findFirst()
                .orElseThrow(() -> ApiProblemException.invalid("No county " + code + "."))
                .code();
    }

    private static EntryGrade grade(String grade) {
        try {
            return EntryGrade.valueOf(grade);
        } catch (IllegalArgumentException e) {
            throw ApiProblemException.invalid("entryGrade " + grade + ": one of G1, G7.");
        }
    }

    private static RoundFile table(String name, Upload upload) {
        String lower = upload.fileName().toLowerCase(Locale.ROOT);
        String extension = lower.endsWith(".xlsx") ? ".xlsx" : lower.endsWith(".csv") ? ".csv" : null;
        if (extension == null) {
            throw ApiProblemException.invalid(
                    name + ": " + upload.fileName() + " is not a .csv or .xlsx file. Maybe export it as CSV (UTF-8).");
        }
        return new RoundFile(name, name + extension, upload.content(), null);
    }

    private static RoundFile policyFile(Upload upload) {
        String lower = upload.fileName().toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".yaml") && !lower.endsWith(".yml")) {
            throw ApiProblemException.invalid("policy: " + upload.fileName() + " is not a .yaml file.");
        }
        return new RoundFile("policy", "policy" + (lower.endsWith(".yml") ? ".yml" : ".yaml"), upload.content(), null);
    }

    private static byte[] schoolsCsv(List<SchoolYear> schools) {
        try {
            Path file = Files.createTempFile("edubalance-schools", ".csv");
            try {
                new SchoolCsvWriter().write(schools, file);
                return Files.readAllBytes(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApiProblemException conflict(String message) {
        return new ApiProblemException(HttpStatus.CONFLICT, ErrorCode.EDIT_CONFLICT, message);
    }
}
