package org.edubalance.app.enrolment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.BoundedTable;
import org.edubalance.core.account.Role;
import org.edubalance.core.admission.AdmissionRound;
import org.edubalance.core.enrolment.EnrolmentRound;
import org.edubalance.core.enrolment.EnrolmentRoundKind;
import org.edubalance.core.enrolment.EnrolmentRoundStatus;
import org.edubalance.core.planning.PlanningJob;
import org.edubalance.core.planning.PlanningJobStatus;
import org.edubalance.core.quota.QuotaRound;
import org.edubalance.core.region.Region;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.region.RegionLevel;
import org.edubalance.core.region.Regions;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.core.school.StoredSchoolYear;
import org.edubalance.planning.admission.AdmissionPlanner;
import org.edubalance.planning.admission.AdmissionResult;
import org.edubalance.planning.quota.QuotaPlanner;
import org.edubalance.planning.quota.QuotaResult;
import org.edubalance.report.model.Report;
import org.edubalance.report.planning.AdmissionWorkbook;
import org.edubalance.report.planning.QuotaReportBuilder;
import org.edubalance.report.render.XlsxReportRenderer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the planners' round pages read beside the round's steps (docs/planning/rounds.md, "Pages"): the areas a person
 * may see (the counties and, for entrance-exam rounds, the cities), an area's rounds, and a drawn round's result as
 * the planner computes it from the frozen files and the public value — the figures, the per-child explanation and the
 * workbook need the round as read and the result, not only the document. A result depends on nothing but the frozen
 * files and the public value, so the last few are kept.
 */
@Component
final class EnrolmentRoundPages {
    /** Rounds whose computed result is kept (a city round of 100,000 children holds some megabytes). */
    static final int RESULTS_HELD = 8;

    private final EnrolmentRoundService rounds;
    private final Regions regions;
    private final SchoolYears schoolYears;
    private final BoundedTable<Long, Computed> computed = new BoundedTable<>(RESULTS_HELD);
    private final BoundedTable<Long, QuotaComputed> quotaComputed = new BoundedTable<>(RESULTS_HELD);

    EnrolmentRoundPages(EnrolmentRoundService rounds, Regions regions, SchoolYears schoolYears) {
        this.rounds = rounds;
        this.regions = regions;
        this.schoolYears = schoolYears;
    }

    /** A drawn admission round's round (the frozen files read) and its result. */
    record Computed(AdmissionRound round, AdmissionResult result) {}

    /** A drawn quota round's round (the frozen files read) and its result. */
    record QuotaComputed(QuotaRound round, QuotaResult result) {}

    /** A county or a city: where a round is run. */
    record Area(String code, String name, RegionLevel level) {
        boolean isCounty() {
            return level == RegionLevel.COUNTY;
        }
    }

    /**
     * The areas {@code user} may see, cities first, each followed by its counties: every one for the bureau's roles; a
     * principal's own county and its city only.
     */
    List<Area> areas(AccountDetails user) {
        boolean principal = user.role() == Role.PRINCIPAL;
        RegionCode own = principal ? ownCounty(user) : null;
        if (principal && own == null) {
            return List.of();
        }
        List<Region> all = regions.all().stream()
                .sorted(Comparator.comparing(Region::code))
                .toList();
        List<Area> areas = new ArrayList<>();
        for (Region city : all) {
            if (city.level() != RegionLevel.CITY) {
                continue;
            }
            if (own == null || own.cityCode().equals(city.code())) {
                areas.add(new Area(city.code(), city.name(), RegionLevel.CITY));
            }
            for (Region county : all) {
                if (county.level() == RegionLevel.COUNTY
                        && city.code().equals(county.parentCode())
                        && (own == null || own.value().equals(county.code()))) {
                    areas.add(new Area(county.code(), county.name(), RegionLevel.COUNTY));
                }
            }
        }
        return areas;
    }

    /** Area {@code code} if {@code user} may see it, else 404. */
    Area area(String code, AccountDetails user) {
        return areas(user).stream()
                .filter(a -> a.code().equals(code))
                .findFirst()
                .orElseThrow(() -> ApiProblemException.notFound("No county or city " + code + "."));
    }

    /**
     * The rounds of {@code area} (a county or a city), newest first, without their files' contents; a principal sees
     * the published ones only.
     */
    List<EnrolmentRound> ofArea(RegionCode area, AccountDetails user) {
        return rounds.ofArea(area).stream()
                .filter(r -> user.role() != Role.PRINCIPAL || r.status() == EnrolmentRoundStatus.PUBLISHED)
                .toList();
    }

    /** The name of {@code area}, or its code when the regions do not name it. */
    String areaName(RegionCode area) {
        return regions.find(area.value()).map(Region::name).orElse(area.value());
    }

    /** The years of the school data, newest first: a round is created for a year the bureau holds schools of. */
    List<Integer> years() {
        return schoolYears.years().stream().sorted(Comparator.reverseOrder()).toList();
    }

    /**
     * Round {@code id} as {@code user} may see it: a principal only a published round of their county or its city,
     * else 404.
     */
    EnrolmentRound visible(long id, AccountDetails user) {
        EnrolmentRound round = rounds.round(id);
        if (user.role() == Role.PRINCIPAL
                && (round.status() != EnrolmentRoundStatus.PUBLISHED
                        || areas(user).stream()
                                .noneMatch(a -> a.code().equals(round.area().value())))) {
            throw ApiProblemException.notFound("No published enrolment round " + id + ".");
        }
        return round;
    }

    /** An admission round and its result once its job is done; empty before, and for a quota round. */
    Optional<Computed> result(EnrolmentRound round, @Nullable PlanningJob job) {
        String publicValue = round.publicValue();
        if (round.kind() != EnrolmentRoundKind.ADMISSION || !done(job) || publicValue == null) {
            return Optional.empty();
        }
        Computed held = computed.get(round.id());
        if (held != null) {
            return Optional.of(held);
        }
        // Read and planned outside the table's lock: a city round takes a second or two.
        FrozenInputs inputs = FrozenInputs.read(round.files(), round.area(), round.year(), round.admissionGrade());
        AdmissionResult result = new AdmissionPlanner().plan(inputs.round(), inputs.inputs(), publicValue);
        Computed fresh = new Computed(inputs.round(), result);
        return Optional.of(computed.computeIfAbsent(round.id(), id -> fresh));
    }

    /** A quota round and its result once its job is done; empty before, and for an admission round. */
    Optional<QuotaComputed> quotaResult(EnrolmentRound round, @Nullable PlanningJob job) {
        String publicValue = round.publicValue();
        if (round.kind() != EnrolmentRoundKind.QUOTA || !done(job) || publicValue == null) {
            return Optional.empty();
        }
        QuotaComputed held = quotaComputed.get(round.id());
        if (held != null) {
            return Optional.of(held);
        }
        QuotaFrozenInputs inputs = QuotaFrozenInputs.read(round.files(), round.area(), round.year());
        QuotaResult result = QuotaPlanner.plan(inputs.round(), inputs.policy(), inputs.inputs(), publicValue);
        QuotaComputed fresh = new QuotaComputed(inputs.round(), result);
        return Optional.of(quotaComputed.computeIfAbsent(round.id(), id -> fresh));
    }

    /** The names of the area's schools in the round's year by code, and of a quota round's high schools. */
    Map<String, String> schoolNames(EnrolmentRound round, @Nullable QuotaRound quota) {
        Map<String, String> names = new LinkedHashMap<>();
        schoolYears.ofYear(round.year()).stream()
                .filter(s -> s.county().code().equals(round.area())
                        || s.county().code().cityCode().equals(round.area().value()))
                .forEach(s -> names.put(s.code().value(), s.name()));
        if (quota != null) {
            quota.highSchools().forEach(h -> names.putIfAbsent(h.code(), h.name()));
        }
        return names;
    }

    /** The result as the workbook of {@code plan admission --out result.xlsx}, in {@code locale}'s language. */
    static byte[] workbook(AdmissionResult result, Locale locale) {
        return xlsx(new AdmissionWorkbook(locale).build(result));
    }

    /** The result as the workbook of {@code plan quota --out result.xlsx}, in {@code locale}'s language. */
    static byte[] workbook(QuotaResult result, Locale locale) {
        return xlsx(new QuotaReportBuilder(locale).build(result));
    }

    private static byte[] xlsx(Report report) {
        var out = new ByteArrayOutputStream();
        try {
            new XlsxReportRenderer().render(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static boolean done(@Nullable PlanningJob job) {
        return job != null && job.status() == PlanningJobStatus.DONE;
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
