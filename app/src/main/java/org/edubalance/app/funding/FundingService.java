package org.edubalance.app.funding;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.edubalance.app.audit.AuditService;
import org.edubalance.core.funding.FundingPolicy;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.planning.funding.FundingPlan;
import org.edubalance.planning.funding.FundingPlanner;
import org.edubalance.report.planning.FundingWorkbook;
import org.edubalance.report.render.XlsxReportRenderer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The formula over a county's stored school rows: the plan the command line would compute from the same rows, its
 * cut to a principal's school, the rural-factor sweep and the workbook. Which role may ask for what is the
 * controllers' concern ({@link FundingAccess}); this service answers for any county and year.
 */
@Service
final class FundingService {
    /** The sweep the page draws: the rural factor from 1.0 to 1.5 by 0.05. */
    static final BigDecimal SWEEP_FROM = new BigDecimal("1.00");

    static final BigDecimal SWEEP_TO = new BigDecimal("1.50");
    static final BigDecimal SWEEP_STEP = new BigDecimal("0.05");
    private static final String AUDIT_TARGET = "funding";

    private final SchoolYears schoolYears;
    private final AuditService audit;

    FundingService(SchoolYears schoolYears, AuditService audit) {
        this.schoolYears = schoolYears;
        this.audit = audit;
    }

    /** The years that have school rows in {@code county}, newest first. */
    List<Integer> years(RegionCode county) {
        return schoolYears.years().stream()
                .filter(y -> !schoolYears.ofYear(y, county).isEmpty())
                .toList();
    }

    /** The county's school rows of {@code year}, by code. */
    List<SchoolYear> schools(RegionCode county, int year) {
        return schoolYears.ofYear(year, county);
    }

    /** The formula over {@code county}'s schools of {@code year}. */
    FundingPlan plan(FundingPolicy policy, RegionCode county, int year) {
        return new FundingPlanner(policy).plan(year, schools(county, year));
    }

    /** The rural factor swept from 1.0 to 1.5 by 0.05 over {@code county}'s schools of {@code year}. */
    FundingSweep sweep(FundingPolicy policy, RegionCode county, int year) {
        return FundingSweep.of(policy, year, schools(county, year), SWEEP_FROM, SWEEP_TO, SWEEP_STEP);
    }

    /**
     * {@code plan} as a principal of {@code school} may see it: their school's row only, and no county figures, since in
     * a county of a few schools a total or a ratio gives the others' figures away.
     */
    static FundingPlan ownSchoolOnly(FundingPlan plan, @Nullable SchoolCode school) {
        return new FundingPlan(
                plan.year(),
                plan.policy(),
                plan.schools().stream()
                        .filter(s -> school != null && s.code().equals(school.value()))
                        .toList(),
                List.of());
    }

    /** {@code plan} as the workbook of {@code plan funding --out funding.xlsx}, in {@code locale}'s language; audited. */
    byte[] workbook(FundingPlan plan, RegionCode county, Locale locale, String user) {
        var out = new ByteArrayOutputStream();
        try {
            new XlsxReportRenderer().render(new FundingWorkbook(locale).build(plan), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(user, AUDIT_TARGET, county.value(), "EXPORT", null, plan.year() + " " + plan.policy());
        return out.toByteArray();
    }
}
