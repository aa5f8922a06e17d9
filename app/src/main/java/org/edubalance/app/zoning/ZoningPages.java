package org.edubalance.app.zoning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.zoning.ZoningStudyView.RunLine;
import org.edubalance.core.account.Role;
import org.edubalance.core.planning.PlanningJob;
import org.edubalance.core.planning.PlanningJobOutcome;
import org.edubalance.core.region.County;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.region.Regions;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.core.school.StoredSchoolYear;
import org.edubalance.core.zoningstudy.ZoningRun;
import org.edubalance.core.zoningstudy.ZoningStudy;
import org.edubalance.planning.zoning.ZoningPlan;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the zoning pages show and to whom (docs/planning/zoning.md, "Platform"): the bureau's roles see every county's
 * studies with their runs, maps and comparison; a principal sees only the approved studies of their own county, and
 * on them only their school's zone — its blocks and its load, no other school's figures.
 */
@Component
final class ZoningPages {
    private final ZoningStudyService service;
    private final ZoningStudyReader reader;
    private final ZoningWords words;
    private final Regions regions;
    private final SchoolYears schoolYears;
    private final JsonMapper json;

    // One collaborator per store and step: wiring, not a parameter bag.
    ZoningPages(
            ZoningStudyService service,
            ZoningStudyReader reader,
            ZoningWords words,
            Regions regions,
            SchoolYears schoolYears,
            JsonMapper json) {
        this.service = service;
        this.reader = reader;
        this.words = words;
        this.regions = regions;
        this.schoolYears = schoolYears;
        this.json = json;
    }

    /** The counties {@code user} may see: every one for the bureau's roles, a principal's own county only. */
    List<County> counties(AccountDetails user) {
        RegionCode own = user.role() == Role.PRINCIPAL ? ownCounty(user) : null;
        return regions.counties().stream()
                .filter(c -> user.role() != Role.PRINCIPAL || c.code().equals(own))
                .sorted(Comparator.comparing(c -> c.code().value()))
                .toList();
    }

    /** County {@code code} if {@code user} may see it, else 404. */
    County county(String code, AccountDetails user) {
        return counties(user).stream()
                .filter(c -> c.code().value().equals(code))
                .findFirst()
                .orElseThrow(() -> ApiProblemException.notFound("No county " + code + "."));
    }

    /** The studies of {@code county} {@code user} may see, newest first: a principal the approved ones only. */
    List<ZoningStudy> studies(County county, AccountDetails user) {
        return service.ofCounty(county.code()).stream()
                .filter(s -> user.role() != Role.PRINCIPAL || s.isApproved())
                .toList();
    }

    /** Study {@code id} if {@code user} may see it, else 404. */
    ZoningStudy visible(long id, AccountDetails user) {
        ZoningStudy study = service.study(id);
        if (user.role() == Role.PRINCIPAL
                && (!study.isApproved() || !study.county().equals(ownCounty(user)))) {
            throw ApiProblemException.notFound("No zoning study " + id + ".");
        }
        return study;
    }

    /** The study's page: {@code runId} the run to show (else the approved or newest with a plan). */
    ZoningStudyView view(
            ZoningStudy study,
            @Nullable Long runId,
            @Nullable String mode,
            AccountDetails user,
            Locale locale,
            @Nullable String problem) {
        boolean principal = user.role() == Role.PRINCIPAL;
        // A principal sees the approved plan only, whichever run the address names.
        @Nullable Long asked = principal ? null : runId;
        ZoningStudyInputs inputs = reader.inputs(study);
        List<ZoningRun> runs = principal ? List.of(service.approvedRun(study.id())) : service.runs(study.id());
        List<RunLine> lines = new ArrayList<>();
        boolean refresh = false;
        ZoningRun selected = null;
        for (ZoningRun run : runs) {
            PlanningJob job = service.job(run);
            refresh |= job.status().isUnfinished();
            lines.add(line(study, run, job, locale));
            boolean shown = asked != null ? run.jobId() == asked : isApproved(study, run);
            if (shown && run.planJson() != null) {
                selected = run;
            }
        }
        if (selected == null && asked == null) {
            selected =
                    runs.stream().filter(r -> r.planJson() != null).findFirst().orElse(null);
        }
        ZoningPlan plan = selected == null ? null : reader.plan(selected);
        boolean proposal = plan != null && !"current".equals(mode);
        var schools = ZoningFigures.schools(inputs, plan);
        var keys = ZoningFigures.keys(inputs, proposal ? plan : null);
        List<ZoningStudyView.BlockLine> ownBlocks = List.of();
        if (principal) {
            SchoolCode own = user.account().school();
            String code = own == null ? "" : own.value();
            schools = schools.stream().filter(s -> s.code().equals(code)).toList();
            var ownKeys = new java.util.LinkedHashMap<String, String>();
            keys = ZoningFigures.keys(inputs, plan);
            keys.forEach((block, school) -> {
                if (school.equals(code)) {
                    ownKeys.put(block, school);
                }
            });
            keys = ownKeys;
            ownBlocks = plan == null || own == null ? List.of() : ZoningFigures.blocksOf(inputs, plan, own);
            proposal = true;
        }
        String svg = new ZoningMap()
                .draw(inputs.area().blocks(), inputs.shapes(), keys, ZoningFigures.markers(schools, inputs, proposal));
        long selectedJob = selected == null ? -1 : selected.jobId();
        RunLine selectedLine =
                lines.stream().filter(l -> l.jobId() == selectedJob).findFirst().orElse(null);
        RunPins pins = selected == null ? RunPins.NONE : json.readValue(selected.pinsJson(), RunPins.class);
        return new ZoningStudyView(
                study,
                regions.find(study.county().value())
                        .map(r -> r.name())
                        .orElse(study.county().value()),
                principal ? List.of() : lines,
                selectedLine,
                proposal ? "proposal" : "current",
                svg,
                inputs.area().planYear(),
                inputs.area().horizon(),
                schools,
                plan == null || principal ? null : ZoningFigures.comparison(inputs, plan),
                ownBlocks,
                !principal && user.role() != Role.INSPECTOR,
                principal,
                refresh,
                problem,
                RunPins.text(pins.pins()),
                RunPins.text(pins.forbidden()));
    }

    private RunLine line(ZoningStudy study, ZoningRun run, PlanningJob job, Locale locale) {
        PlanningJobOutcome o = job.outcome();
        RunPins pins = json.readValue(run.pinsJson(), RunPins.class);
        return new RunLine(
                run.jobId(),
                job.status().name(),
                job.request().createdBy(),
                job.request().createdAt(),
                pins.pins().size(),
                pins.forbidden().size(),
                o == null ? null : o.status(),
                o == null ? null : o.objective(),
                o == null ? null : o.bound(),
                o == null ? null : o.gap(),
                o == null ? null : o.seconds(),
                isApproved(study, run),
                words.failure(run, job, locale),
                run.planJson() != null);
    }

    private static boolean isApproved(ZoningStudy study, ZoningRun run) {
        return study.approvedJob() != null && study.approvedJob() == run.jobId();
    }

    /** The years the bureau holds school data of, newest first. */
    List<Integer> years() {
        return schoolYears.years().stream().sorted(Comparator.reverseOrder()).toList();
    }

    /** The county of a principal's school in its newest year, or null. */
    @Nullable
    RegionCode ownCounty(AccountDetails user) {
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
