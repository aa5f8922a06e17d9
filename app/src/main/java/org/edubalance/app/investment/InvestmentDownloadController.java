package org.edubalance.app.investment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.Attachment;
import org.edubalance.core.planning.PlanningJob;
import org.edubalance.core.region.County;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.dataimport.school.SchoolCsvWriter;
import org.edubalance.planning.investment.InvestmentChecker;
import org.edubalance.planning.investment.InvestmentPlan;
import org.edubalance.planning.investment.InvestmentPlanJson;
import org.edubalance.report.planning.InvestmentWorkbook;
import org.edubalance.report.render.XlsxReportRenderer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A plan's downloads, as the command line writes them: the document ({@code --out plan.json}, planning's one writer),
 * the workbook ({@code --out plan.xlsx}, the report module's, in the page's language) and the after-file
 * ({@code --after after.csv}). A principal's are cut to their school: its actions and its row only.
 */
@Controller
final class InvestmentDownloadController {
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final InvestmentAccess access;
    private final InvestmentService service;

    InvestmentDownloadController(InvestmentAccess access, InvestmentService service) {
        this.access = access;
        this.service = service;
    }

    @GetMapping("/investment/{county}/plans/{id}/plan.json")
    ResponseEntity<byte[]> json(
            @PathVariable String county, @PathVariable long id, @AuthenticationPrincipal AccountDetails user) {
        Shown shown = shown(county, id, user);
        return Attachment.of(
                "investment-" + id + ".json",
                MediaType.APPLICATION_JSON,
                InvestmentPlanJson.write(shown.plan()).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/investment/{county}/plans/{id}/plan.xlsx")
    ResponseEntity<byte[]> workbook(
            @PathVariable String county,
            @PathVariable long id,
            @AuthenticationPrincipal AccountDetails user,
            Locale locale) {
        Shown shown = shown(county, id, user);
        var out = new ByteArrayOutputStream();
        try {
            new XlsxReportRenderer().render(new InvestmentWorkbook(locale).build(shown.plan()), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Attachment.of("investment-" + id + ".xlsx", XLSX, out.toByteArray());
    }

    @GetMapping("/investment/{county}/plans/{id}/after.csv")
    ResponseEntity<byte[]> after(
            @PathVariable String county, @PathVariable long id, @AuthenticationPrincipal AccountDetails user)
            throws IOException {
        Shown shown = shown(county, id, user);
        PlanningJob job = shown.job();
        int year = job.request().year();
        List<SchoolYear> rows = service.rows(job.request().area(), year);
        var checked = new InvestmentChecker(
                        InvestmentRequests.STANDARD, service.request(job).costTable())
                .check(rows, year, shown.plan().actions());
        String only = access.onlySchool(user);
        List<SchoolYear> after = checked.after().stream()
                .filter(s -> only == null || s.code().value().equals(only))
                .toList();
        Path file = Files.createTempFile("investment-after", ".csv");
        try {
            new SchoolCsvWriter().write(after, file);
            return Attachment.of(
                    "after-" + id + ".csv",
                    new MediaType("text", "csv", StandardCharsets.UTF_8),
                    Files.readAllBytes(file));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private record Shown(PlanningJob job, InvestmentPlan plan) {}

    private Shown shown(String county, long id, AccountDetails user) {
        County c = access.county(county, user);
        PlanningJob job = access.job(service.job(id), c, user);
        InvestmentPlan plan = service.plan(job);
        if (plan == null) {
            throw ApiProblemException.notFound("Investment plan " + id + " is not done yet.");
        }
        String only = access.onlySchool(user);
        return new Shown(job, only == null ? plan : InvestmentDocuments.ofSchool(plan, only));
    }
}
