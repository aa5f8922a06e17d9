package org.edubalance.core.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.demo.DemoEnrolment.Applicant;
import org.edubalance.core.demo.DemoEnrolment.EntryGrade;
import org.edubalance.core.demo.DemoEnrolment.SeatPlan;
import org.edubalance.core.demo.DemoEnrolment.ZoneSchool;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolYear;

/**
 * Generates the enrolment rounds behind demo school rows (docs/data-formats.md §3): for every county and entry grade
 * the seats each school offers, the attendance zones and the registered children.
 *
 * <ul>
 *   <li>seats: about one year's cohort of the segment (students ÷ 6 for grade 1, ÷ 3 for grade 7) in whole classes of
 *       45 or 50; some teaching points and small village schools admit nobody this year (0 seats); special-education
 *       schools admit outside the rounds and are left out;
 *   <li>zones: every public school with a seats row in exactly one zone; most zones hold one school, and about half
 *       of the county-seat schools share a multi-school zone (多校划片) with one or two nearby schools, so that
 *       sought-after and weaker schools are drawn for together; a school admitting nobody belongs to the zone of its
 *       nearest admitting school; private schools are in none;
 *   <li>children: the cohort and a few percent more, crowding into the zones of sought-after schools (学区房) and leaving
 *       villages, so that sought-after schools are oversubscribed and their lotteries matter; migrant children (随迁子女)
 *       10–25 % in the county seat, fewer in towns and villages, registered outside the county and mostly holding a
 *       residence permit; registration and home mostly in the same zone, in one case in ten apart (人户分离), a few
 *       unknown; about one in a hundred with a special priority; about one in ten applying to a private school (公民同招,
 *       at most one); families in multi-school zones rank the zone's schools; homes near the schools of the home zone.
 * </ul>
 *
 * <p>The public schools of a county always have places for every child, so with coordination (统筹安排) every child is
 * placed; without it, children who lose in an oversubscribed zone stay unplaced.
 *
 * <p>Deterministic: each county draws from its own stream seeded by the generator seed and the county code, so a county
 * comes out the same at every scale. Applicant ids are {@code A}, the year, the county code and a serial counted over
 * both grades ({@code A2025720121000001}).
 */
public final class EnrolmentGenerator {
    private final long seed;
    private final int applicantsPerRound;

    /** A generator whose output is a function of {@code seed} and the school rows alone. */
    public EnrolmentGenerator(long seed) {
        this(seed, 0);
    }

    private EnrolmentGenerator(long seed, int applicantsPerRound) {
        this.seed = seed;
        this.applicantsPerRound = applicantsPerRound;
    }

    /**
     * This generator, but registering exactly {@code applicants} children in every round and scaling the seats to
     * match, for benchmark instances of a given size.
     */
    public EnrolmentGenerator withApplicantsPerRound(int applicants) {
        if (applicants < 1) {
            throw new IllegalArgumentException("A round has at least one applicant, got " + applicants);
        }
        return new EnrolmentGenerator(seed, applicants);
    }

    /**
     * The rounds of {@code schools} (the rows of one school year) for {@code grades}, counties in code order.
     *
     * @throws IllegalArgumentException when the rows hold several school years
     */
    public DemoEnrolment generate(List<SchoolYear> schools, List<EntryGrade> grades) {
        Map<RegionCode, List<SchoolYear>> byCounty = new LinkedHashMap<>();
        int year = schools.isEmpty() ? 0 : schools.getFirst().year();
        for (SchoolYear school : schools) {
            if (school.year() != year) {
                throw new IllegalArgumentException(
                        "The rounds are generated for one school year, got " + year + " and " + school.year());
            }
            byCounty.computeIfAbsent(school.county().code(), code -> new ArrayList<>())
                    .add(school);
        }
        List<RegionCode> counties = new ArrayList<>(byCounty.keySet());
        Collections.sort(counties);
        List<List<EnrolmentRound>> rounds = counties.parallelStream()
                .map(county -> roundsOf(county, byCounty.get(county), year, grades))
                .toList();
        List<SeatPlan> seats = new ArrayList<>();
        List<ZoneSchool> zones = new ArrayList<>();
        List<Applicant> applicants = new ArrayList<>();
        for (List<EnrolmentRound> county : rounds) {
            for (EnrolmentRound round : county) {
                seats.addAll(round.seats());
                zones.addAll(round.zones());
                applicants.addAll(round.applicants());
            }
        }
        return new DemoEnrolment(seats, zones, applicants);
    }

    private List<EnrolmentRound> roundsOf(
            RegionCode county, List<SchoolYear> schools, int year, List<EntryGrade> grades) {
        RandomDraws draws = new RandomDraws(RandomDraws.seedFor(seed, Long.parseLong(county.value()) * 31 + 11));
        // One county-wide share of migrant children in the county seat, shared by both grades.
        double urbanMigrantShare = draws.uniform(0.10, 0.25);
        List<EnrolmentRound> rounds = new ArrayList<>(grades.size());
        int nextSerial = 1;
        for (EntryGrade grade : grades) {
            EnrolmentRound round = EnrolmentRound.draw(
                    county, year, grade, schools, urbanMigrantShare, applicantsPerRound, nextSerial, draws);
            nextSerial += round.applicants().size();
            rounds.add(round);
        }
        return rounds;
    }
}
