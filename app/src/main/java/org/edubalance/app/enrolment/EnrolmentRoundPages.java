package org.edubalance.app.enrolment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.BoundedTable;
import org.edubalance.core.account.Role;
import org.edubalance.core.admission.AdmissionRound;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.enrolment.EnrolmentRound;
import org.edubalance.core.enrolment.EnrolmentRoundStatus;
import org.edubalance.core.planning.PlanningJob;
import org.edubalance.core.planning.PlanningJobStatus;
import org.edubalance.core.region.County;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.region.Regions;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.core.school.StoredSchoolYear;
import org.edubalance.planning.admission.AdmissionPlanner;
import org.edubalance.planning.admission.AdmissionResult;
import org.edubalance.report.planning.AdmissionWorkbook;
import org.edubalance.report.render.XlsxReportRenderer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the planners' round pages read beside the round's steps (docs/planning/rounds.md, "Pages"): the counties a
 * person may see, a county's rounds, and a drawn round's result as the planner computes it from the frozen files and
 * the public value — the figures, the per-child explanation and the workbook need the round and the result, not only
 * the document. A result depends on nothing but the frozen files and the public value, so the last few are kept.
 */
@Component
final class EnrolmentRoundPages {
    /** Rounds whose computed result is kept (a city round of 100,000 children holds some megabytes). */
    static final int RESULTS_HELD = 8;

    private final EnrolmentRoundService rounds;
    private final Regions regions;
    private final SchoolYears schoolYears;
    private final JdbcClient jdbc;
    private final BoundedTable<Long, Computed> computed = new BoundedTable<>(RESULTS_HELD);

    EnrolmentRoundPages(EnrolmentRoundService rounds, Regions regions, SchoolYears schoolYears, DataSource dataSource) {
        this.rounds = rounds;
        this.regions = regions;
        this.schoolYears = schoolYears;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** A drawn round's admission round (the frozen files read) and its result. */
    record Computed(AdmissionRound round, AdmissionResult result) {}

    /** The counties {@code user} may see: every county for the bureau's roles, a principal's own county only. */
    List<County> counties(AccountDetails user) {
        List<County> all = regions.counties();
        if (user.role() != Role.PRINCIPAL) {
            return all;
        }
        RegionCode own = ownCounty(user);
        return all.stream().filter(c -> c.code().equals(own)).toList();
    }

    /** County {@code code} if {@code user} may see it, else 404. */
    County county(String code, AccountDetails user) {
        return counties(user).stream()
                .filter(c -> c.code().value().equals(code))
                .findFirst()
                .orElseThrow(() -> ApiProblemException.notFound("No county " + code + "."));
    }

    /**
     * The rounds of {@code county}, newest first, without their files' contents; a principal sees the published ones
     * only.
     */
    List<EnrolmentRound> ofCounty(RegionCode county, AccountDetails user) {
        // The port lists published rounds only; until it lists a county's, the rows are read here, without files.
        return jdbc
                .sql("select id, year, entry_grade, status, created_by, created_at, lottery_commit, committed_at,"
                        + " public_value, drawn_at, planning_job_id, published_at, published_by from enrolment_round"
                        + " where county_code = :county order by id desc")
                .param("county", county.value())
                .query((row, i) -> new EnrolmentRound(
                        row.getLong("id"),
                        county,
                        row.getInt("year"),
                        EntryGrade.valueOf(row.getString("entry_grade")),
                        EnrolmentRoundStatus.valueOf(row.getString("status")),
                        row.getString("created_by"),
                        row.getTimestamp("created_at").toInstant(),
                        List.of(),
                        row.getString("lottery_commit"),
                        instant(row.getTimestamp("committed_at")),
                        row.getString("public_value"),
                        instant(row.getTimestamp("drawn_at")),
                        row.getObject("planning_job_id", Long.class),
                        instant(row.getTimestamp("published_at")),
                        row.getString("published_by")))
                .list()
                .stream()
                .filter(r -> user.role() != Role.PRINCIPAL || r.status() == EnrolmentRoundStatus.PUBLISHED)
                .toList();
    }

    /** The name of {@code county}, or its code when the regions do not name it. */
    String countyName(RegionCode county) {
        return regions.counties().stream()
                .filter(c -> c.code().equals(county))
                .map(County::name)
                .findFirst()
                .orElse(county.value());
    }

    /** The years of the school data, newest first: a round is created for a year the bureau holds schools of. */
    List<Integer> years() {
        return schoolYears.years().stream().sorted(Comparator.reverseOrder()).toList();
    }

    /** Round {@code id} as {@code user} may see it: a principal only a published round of their own county, else 404. */
    EnrolmentRound visible(long id, AccountDetails user) {
        EnrolmentRound round = rounds.round(id);
        if (user.role() == Role.PRINCIPAL
                && (round.status() != EnrolmentRoundStatus.PUBLISHED
                        || !round.county().equals(ownCounty(user)))) {
            throw ApiProblemException.notFound("No published enrolment round " + id + ".");
        }
        return round;
    }

    /** The round and its result once its job is done; empty before. */
    Optional<Computed> result(EnrolmentRound round, @Nullable PlanningJob job) {
        String publicValue = round.publicValue();
        if (publicValue == null || job == null || job.status() != PlanningJobStatus.DONE) {
            return Optional.empty();
        }
        Computed held = computed.get(round.id());
        if (held != null) {
            return Optional.of(held);
        }
        // Read and planned outside the table's lock: a city round takes a second or two.
        FrozenInputs inputs = FrozenInputs.read(round.files(), round.county(), round.year(), round.grade());
        AdmissionResult result = new AdmissionPlanner().plan(inputs.round(), inputs.inputs(), publicValue);
        Computed fresh = new Computed(inputs.round(), result);
        return Optional.of(computed.computeIfAbsent(round.id(), id -> fresh));
    }

    /** The names of the county's schools in the round's year, by code. */
    Map<String, String> schoolNames(RegionCode county, int year) {
        Map<String, String> names = new LinkedHashMap<>();
        schoolYears.ofYear(year, county).forEach(s -> names.put(s.code().value(), s.name()));
        return names;
    }

    /** The result as the workbook of {@code plan admission --out result.xlsx}, in {@code locale}'s language. */
    static byte[] workbook(AdmissionResult result, Locale locale) {
        var out = new ByteArrayOutputStream();
        try {
            new XlsxReportRenderer().render(new AdmissionWorkbook(locale).build(result), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The grades a round may be created for. */
    static List<EntryGrade> grades() {
        return List.of(EntryGrade.values());
    }

    private static @Nullable Instant instant(java.sql.@Nullable Timestamp time) {
        return time == null ? null : time.toInstant();
    }

    private @Nullable RegionCode ownCounty(AccountDetails user) {
        SchoolCode school = user.account().school();
        if (school == null) {
            return null;
        }
        return schoolYears.history(school).stream()
                .max(Comparator.comparingInt(s -> s.school().year()))
                .map(StoredSchoolYear::school)
                .map(s -> s.county().code())
                .orElse(null);
    }
}
