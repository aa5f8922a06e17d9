package org.edubalance.app.pairingrecord;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.core.pairingrecord.Pairing;
import org.edubalance.core.pairingrecord.PairingActivity;
import org.edubalance.core.region.County;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SchoolYears;
import org.springframework.stereotype.Component;

/** What the pairing pages show to whom ({@link PairingAccess}), with the schools' names of the county's latest data. */
@Component
final class PairingPages {
    private final PairingService service;
    private final PairingAccess access;
    private final PairingWords words;
    private final SchoolYears schoolYears;

    PairingPages(PairingService service, PairingAccess access, PairingWords words, SchoolYears schoolYears) {
        this.service = service;
        this.access = access;
        this.words = words;
        this.schoolYears = schoolYears;
    }

    PairingCountyView county(
            County county, AccountDetails user, List<PairingViolation> problems, int imported, Locale locale) {
        Map<SchoolCode, String> names = names(county);
        Map<Long, Integer> counts = service.activityCounts(county.code());
        List<PairingCountyView.PairingLine> pairings = service.pairings(county.code()).stream()
                .filter(p -> access.sees(p, user))
                .map(p -> new PairingCountyView.PairingLine(
                        p, name(names, p.mentor()), name(names, p.mentee()), counts.getOrDefault(p.id(), 0)))
                .toList();
        List<PairingCountyView.GroupLine> groups = service.groups(county.code()).stream()
                .filter(g -> access.sees(g, user))
                .map(g -> new PairingCountyView.GroupLine(
                        g,
                        name(names, g.core()),
                        g.members().stream().map(m -> name(names, m)).toList()))
                .toList();
        return new PairingCountyView(
                county.code().value(),
                county.name(),
                pairings,
                groups,
                user.role().editsEverything(),
                user.readsEverySchool(),
                problems(problems, locale),
                imported);
    }

    PairingDetailView detail(
            County county, Pairing pairing, AccountDetails user, List<PairingViolation> problems, Locale locale) {
        Map<SchoolCode, String> names = names(county);
        List<PairingActivity> log = service.activities(pairing.id());
        int mentored = log.stream()
                .mapToInt(a -> a.teachersMentored() == null ? 0 : a.teachersMentored())
                .sum();
        return new PairingDetailView(
                county.code().value(),
                county.name(),
                pairing,
                name(names, pairing.mentor()),
                name(names, pairing.mentee()),
                log,
                mentored,
                access.logs(pairing, user),
                user.role().editsEverything(),
                problems(problems, locale));
    }

    List<PairingCountyView.Problem> problems(List<PairingViolation> violations, Locale locale) {
        return violations.stream()
                .map(v -> new PairingCountyView.Problem(
                        v.file(),
                        v.row(),
                        v.column() == null ? "" : v.column(),
                        v.value() == null ? "" : v.value(),
                        v.rule(),
                        words.rule(v.rule(), locale)))
                .toList();
    }

    /** The names of the county's schools in its latest year of data. */
    private Map<SchoolCode, String> names(County county) {
        Map<SchoolCode, String> names = new HashMap<>();
        schoolYears.years().stream().sorted(Comparator.reverseOrder()).forEach(y -> {
            if (names.isEmpty()) {
                for (SchoolYear s : schoolYears.ofYear(y, county.code())) {
                    names.put(s.code(), s.name());
                }
            }
        });
        return names;
    }

    private static String name(Map<SchoolCode, String> names, SchoolCode code) {
        return names.getOrDefault(code, code.value());
    }
}
