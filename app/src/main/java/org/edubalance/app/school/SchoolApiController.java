package org.edubalance.app.school;

import jakarta.validation.Valid;
import java.util.List;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.Segment;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Schools and their yearly records. Principals see and change only their own school. */
@RestController
@RequestMapping("/api/v1/schools")
final class SchoolApiController {
    private final SchoolService schools;

    SchoolApiController(SchoolService schools) {
        this.schools = schools;
    }

    @GetMapping
    List<SchoolSummaryResponse> list(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String county,
            @RequestParam(required = false) @Nullable String township,
            @RequestParam(required = false) @Nullable Segment segment,
            @RequestParam(required = false) @Nullable Location location,
            @RequestParam(required = false) @Nullable Boolean compliant,
            @RequestParam(required = false) @Nullable String standard,
            @AuthenticationPrincipal AccountDetails user) {
        return schools.list(new SchoolFilter(year, county, township, segment, location, compliant, standard), user);
    }

    @GetMapping("/{code}")
    SchoolResponse school(@PathVariable String code, @AuthenticationPrincipal AccountDetails user) {
        return schools.school(new SchoolCode(code), user);
    }

    @GetMapping("/{code}/years/{year}")
    SchoolYearResponse year(
            @PathVariable String code, @PathVariable int year, @AuthenticationPrincipal AccountDetails user) {
        return schools.year(new SchoolCode(code), year, user);
    }

    /** Changes cells of one school year; 409 when someone else changed it since {@code version}. */
    @PutMapping("/{code}/years/{year}")
    SchoolYearResponse update(
            @PathVariable String code,
            @PathVariable int year,
            @Valid @RequestBody SchoolYearRequest request,
            @AuthenticationPrincipal AccountDetails user) {
        return schools.update(new SchoolCode(code), year, request, user);
    }
}
