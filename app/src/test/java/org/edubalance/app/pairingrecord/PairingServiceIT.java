package org.edubalance.app.pairingrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import javax.sql.DataSource;
import org.edubalance.app.PlatformTest;
import org.edubalance.app.evaluation.EvaluationService;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.pairingrecord.FollowUp;
import org.edubalance.core.pairingrecord.FollowUpLine;
import org.edubalance.core.pairingrecord.FollowUpStatus;
import org.edubalance.core.pairingrecord.Pairing;
import org.edubalance.core.region.County;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.region.Regions;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.SchoolYear;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The service on the real database: many pairings are stored all or none with their audit entries, a deletion takes
 * the log along and is audited; and the follow-up of the demo's pairings agrees with the evaluation engine's values.
 */
@PlatformTest
class PairingServiceIT {
    private final PairingService service;
    private final PairingFollowUps followUps;
    private final EvaluationService evaluations;
    private final Regions regions;
    private final PairingFixture fixture;
    private final JdbcClient jdbc;

    @Autowired
    PairingServiceIT(ApplicationContext app, DataSource dataSource) {
        this.service = app.getBean(PairingService.class);
        this.followUps = app.getBean(PairingFollowUps.class);
        this.evaluations = app.getBean(EvaluationService.class);
        this.regions = app.getBean(Regions.class);
        this.fixture = PairingFixture.of(app);
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Test
    void manyPairingsAreStoredAllOrNoneAndADeletionIsAudited() {
        RegionCode county = fixture.county(6);
        List<SchoolYear> urban = fixture.primary(6, Location.URBAN);
        List<SchoolYear> rural = fixture.primary(6, Location.RURAL);
        long audits = audits();
        PairingRow good = row(urban.get(0), rural.get(0));
        PairingRow bad = row(urban.get(1), urban.get(1));
        assertThatThrownBy(() -> service.create(county, "f.csv", List.of(good, bad), "planner"))
                .isInstanceOfSatisfying(
                        PairingRefusedException.class,
                        e -> assertThat(e.violations())
                                .extracting(PairingViolation::rule)
                                .containsExactly(PairingViolation.SAME_SCHOOL));
        assertThat(service.pairings(county)).isEmpty();
        assertThat(audits()).isEqualTo(audits);

        List<Pairing> stored = service.create(county, "f.csv", List.of(good, row(urban.get(1), rural.get(1))), "p");
        assertThat(service.pairings(county)).containsExactlyInAnyOrderElementsOf(stored);
        assertThat(audits()).isEqualTo(audits + 2);
        long id = stored.getFirst().id();
        service.addActivity(new ActivityInput("2025-09-01", "VISIT", "3", null, "").activity(id, "p"));
        service.delete(county, id, "p");
        assertThat(service.pairings(county)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from pairing_activity where pairing_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select old_value ->> 'activities' from audit_log where entity = 'pairing'"
                                + " and entity_key = :id and action = 'DELETE'")
                        .param("id", Long.toString(id))
                        .query(String.class)
                        .single())
                .isEqualTo("1");
    }

    @Test
    void theDemoFollowUpAgreesWithTheEvaluation() {
        RegionCode code = fixture.county(0);
        County county = regions.counties().stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow();
        List<Pairing> demo = service.pairings(code).stream()
                .filter(p -> p.startYear() == fixture.year() - 1)
                .toList();
        assertThat(demo)
                .as("the demo's pairings, started in the first of the two test years")
                .isNotEmpty();
        FollowUpView view = followUps.view(county, fixture.year() - 1, java.util.Locale.ENGLISH);
        FollowUp followUp = view.followUp();
        assertThat(followUp).isNotNull();
        assertThat(followUp.baselineYear())
                .as("no data of the year before: the start year")
                .isEqualTo(fixture.year() - 1);
        // Later years are every year held after the start: the demo's newest year first, then any a test imported
        // for the same county (ImportApiIT adds 2030).
        assertThat(followUp.laterYears()).first().isEqualTo(fixture.year());
        assertThat(followUp.status()).isEqualTo(FollowUpStatus.COMPUTED);
        assertThat(view.charts())
                .hasSameSizeAs(followUp.strata())
                .allSatisfy(svg ->
                        assertThat(svg).startsWith("<svg").contains("data-indicator=\"sports_area_per_student\""));
        for (var stratum : followUp.strata()) {
            for (FollowUpLine line : stratum.lines()) {
                if (line.status() == FollowUpStatus.COMPUTED) {
                    assertThat(line.difference())
                            .isCloseTo(
                                    (line.menteeValue() - line.menteeBaseline())
                                            - (line.controlValue() - line.controlBaseline()),
                                    within(1e-9));
                }
            }
        }
        // The mentees' mean of one indicator in the later year, read from the engine directly.
        var rural = followUp.strata().stream()
                .filter(s -> s.location() == Location.RURAL)
                .findFirst()
                .orElseThrow();
        FollowUpLine sports = rural.lines().stream()
                .filter(l -> l.indicatorId().equals("sports_area_per_student"))
                .findFirst()
                .orElseThrow();
        var mentees = demo.stream().map(Pairing::mentee).distinct().toList();
        var values = evaluations.evaluateCounty(code, fixture.year(), PairingFollowUps.STANDARD).schools().stream()
                .filter(s -> mentees.contains(s.school().code())
                        && s.segment() == demo.getFirst().segment())
                .map((SchoolEvaluation s) -> s.value("sports_area_per_student"))
                .filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble)
                .toArray();
        assertThat(sports.mentees()).isEqualTo(values.length);
        assertThat(sports.menteeValue())
                .isCloseTo(java.util.Arrays.stream(values).average().orElseThrow(), within(1e-9));
    }

    private long audits() {
        return jdbc.sql("select count(*) from audit_log where entity = 'pairing'")
                .query(Long.class)
                .single();
    }

    private PairingRow row(SchoolYear mentor, SchoolYear mentee) {
        return new PairingRow(
                0,
                "PRIMARY",
                mentor.code().value(),
                mentee.code().value(),
                Integer.toString(fixture.year()),
                "",
                "2025-08-30",
                "结对",
                "");
    }
}
