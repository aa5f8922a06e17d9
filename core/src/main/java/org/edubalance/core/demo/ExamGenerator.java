package org.edubalance.core.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edubalance.core.demo.DemoExam.Candidate;
import org.edubalance.core.demo.DemoExam.HighSchool;
import org.edubalance.core.demo.DemoExam.Tier;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;

/**
 * Generates the entrance-exam admission behind demo school rows (docs/data-formats.md §3), one admission area per city
 * (the demo's cities run the admission, as most real ones do; the area code is the city's code, {@code 720100}).
 *
 * <ul>
 *   <li>high schools: about one for every five to eight junior highs of the city; the city's complete secondary and
 *       twelve-year schools (they have a senior segment in the school data) and further senior high schools
 *       ({@code 示范市01第三高级中学}, codes the area code followed by {@code 9} and a three-digit serial,
 *       {@code 7201009001}, so never a school code of the school data, whose codes begin with a county code); about a third are quality (KEY) schools giving 50–70 % of their seats as quota seats, some
 *       with a lowest quota score, the ORDINARY ones mostly none; together they plan places for a little over half the
 *       candidates (the general-vocational split), in classes of 50;
 *   <li>candidates: one per junior-school graduate, about a third of each junior school's students (special-education
 *       schools are left out); total scores out of 750 in half points, around 560 with a spread of about 80, higher at
 *       strong schools and in the county seat, lower in villages; three tie-break scores (Chinese, mathematics and
 *       English together; mathematics; Chinese), a few left blank; about two thirds of the able ones apply for a quota
 *       seat at a KEY school; three to six general choices, the strong candidates aiming at the KEY schools, the others
 *       lower.
 * </ul>
 *
 * <p>Deterministic: each city draws from its own stream seeded by the generator seed and the city code. Candidate ids
 * are {@code C}, the year, the area code and a serial ({@code C2025720100000001}).
 */
public final class ExamGenerator {
    /** The highest total score. */
    static final int FULL_MARKS = 750;

    private final long seed;
    private final int candidatesPerArea;
    private final int highSchoolsPerArea;

    /** A generator whose output is a function of {@code seed} and the school rows alone. */
    public ExamGenerator(long seed) {
        this(seed, 0, 0);
    }

    private ExamGenerator(long seed, int candidatesPerArea, int highSchoolsPerArea) {
        this.seed = seed;
        this.candidatesPerArea = candidatesPerArea;
        this.highSchoolsPerArea = highSchoolsPerArea;
    }

    /**
     * This generator, but with exactly {@code candidates} candidates (shared among the junior highs by their size)
     * and {@code highSchools} high schools in every area, for benchmark instances of a given size.
     */
    public ExamGenerator withSize(int candidates, int highSchools) {
        if (candidates < 1 || highSchools < 1) {
            throw new IllegalArgumentException(
                    "An area has at least one candidate and one high school, got " + candidates + ", " + highSchools);
        }
        return new ExamGenerator(seed, candidates, highSchools);
    }

    /**
     * The admission of every city of {@code schools} (the rows of one school year), cities in code order.
     *
     * @throws IllegalArgumentException when the rows hold several school years
     */
    public DemoExam generate(List<SchoolYear> schools) {
        Map<String, List<SchoolYear>> byCity = new LinkedHashMap<>();
        int year = schools.isEmpty() ? 0 : schools.getFirst().year();
        for (SchoolYear school : schools) {
            if (school.year() != year) {
                throw new IllegalArgumentException(
                        "The admission is generated for one school year, got " + year + " and " + school.year());
            }
            byCity.computeIfAbsent(school.county().code().cityCode(), code -> new ArrayList<>())
                    .add(school);
        }
        List<String> cities = new ArrayList<>(byCity.keySet());
        Collections.sort(cities);
        List<DemoExam> areas = cities.parallelStream()
                .map(city -> area(city, year, byCity.get(city)))
                .toList();
        List<HighSchool> highSchools = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (DemoExam area : areas) {
            highSchools.addAll(area.highSchools());
            candidates.addAll(area.candidates());
        }
        return new DemoExam(highSchools, candidates);
    }

    private DemoExam area(String area, int year, List<SchoolYear> schools) {
        RandomDraws draws = new RandomDraws(RandomDraws.seedFor(seed, Long.parseLong(area) * 17 + 5));
        List<SchoolYear> juniors = schools.stream()
                .filter(s ->
                        s.type() != SchoolType.SPECIAL_EDUCATION && s.junior().students() > 0)
                .sorted(Comparator.comparing(SchoolYear::code))
                .toList();
        if (juniors.isEmpty()) {
            return new DemoExam(List.of(), List.of());
        }
        int[] graduates = graduates(juniors);
        int candidateCount = 0;
        for (int g : graduates) {
            candidateCount += g;
        }
        List<HighSchool> highSchools = highSchools(area, year, schools, juniors.size(), candidateCount, draws);
        List<HighSchool> withQuota = highSchools.stream()
                .filter(h -> h.tier() == Tier.KEY && h.quotaSharePercent() > 0)
                .toList();
        // The area's standing of its high schools: quality schools first, the others after, each with some noise.
        double[] prestige = new double[highSchools.size()];
        List<Integer> byStanding = new ArrayList<>(prestige.length);
        for (int h = 0; h < prestige.length; h++) {
            prestige[h] = (highSchools.get(h).tier() == Tier.KEY ? 2 : 0) + draws.normal(0, 0.5);
            byStanding.add(h);
        }
        byStanding.sort(Comparator.comparingDouble((Integer h) -> -prestige[h]));
        int[] ranked = byStanding.stream().mapToInt(Integer::intValue).toArray();

        List<Candidate> candidates = new ArrayList<>(candidateCount);
        int width = Math.max(6, Integer.toString(candidateCount).length());
        String prefix = "C" + year + area;
        for (int j = 0; j < juniors.size(); j++) {
            SchoolYear junior = juniors.get(j);
            double strength = draws.normal(0, 0.5)
                    + switch (junior.location()) {
                        case URBAN -> 0.35;
                        case TOWN -> 0;
                        case RURAL -> -0.45;
                    }
                    + (junior.ownership() == Ownership.PRIVATE ? 0.3 : 0);
            for (int i = 0; i < graduates[j]; i++) {
                String serial = Integer.toString(candidates.size() + 1);
                String id = prefix + "0".repeat(width - serial.length()) + serial;
                candidates.add(candidate(year, area, id, junior, strength, highSchools, withQuota, ranked, draws));
            }
        }
        return new DemoExam(highSchools, candidates);
    }

    /** Graduates per junior school: a third of its students, or the benchmark's total shared by size. */
    private int[] graduates(List<SchoolYear> juniors) {
        int[] graduates = new int[juniors.size()];
        if (candidatesPerArea == 0) {
            for (int j = 0; j < graduates.length; j++) {
                graduates[j] =
                        Math.max(1, (int) Math.round(juniors.get(j).junior().students() / 3.0));
            }
            return graduates;
        }
        long students = juniors.stream().mapToLong(s -> s.junior().students()).sum();
        int given = 0;
        double[] remainders = new double[graduates.length];
        for (int j = 0; j < graduates.length; j++) {
            double exact = (double) candidatesPerArea * juniors.get(j).junior().students() / students;
            graduates[j] = (int) Math.floor(exact);
            remainders[j] = exact - graduates[j];
            given += graduates[j];
        }
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < graduates.length; j++) {
            order.add(j);
        }
        order.sort(Comparator.comparingDouble((Integer j) -> -remainders[j]).thenComparing(j -> j));
        for (int k = 0; given < candidatesPerArea; k = (k + 1) % order.size()) {
            graduates[order.get(k)]++;
            given++;
        }
        return graduates;
    }

    private List<HighSchool> highSchools(
            String area, int year, List<SchoolYear> schools, int juniors, int candidates, RandomDraws draws) {
        List<SchoolYear> seniors = schools.stream()
                .filter(s -> s.seniorStudents() > 0 && s.ownership() == Ownership.PUBLIC)
                .sorted(Comparator.comparing(SchoolYear::code))
                .toList();
        int count = highSchoolsPerArea > 0
                ? highSchoolsPerArea
                : Math.max(Math.max(2, seniors.size()), (int) Math.round(juniors / draws.uniform(5, 8)));
        int keyCount = Math.max(1, (int) Math.round(count * draws.uniform(0.25, 0.4)));
        String cityName = schools.getFirst().county().cityName();
        record Draft(SchoolCode code, String name, boolean key, double weight) {}
        List<Draft> drafts = new ArrayList<>(count);
        int keys = 0;
        for (SchoolYear senior : seniors) {
            if (drafts.size() == count) {
                break;
            }
            // The county seat's complete secondary school is often its quality high school (县一中).
            boolean key = keys < keyCount && senior.location() == Location.URBAN && draws.chance(0.6);
            keys += key ? 1 : 0;
            // Named with the county, as the city's admission lists them (every county has its 城关第一中学).
            drafts.add(new Draft(senior.code(), senior.county().name() + senior.name(), key, draws.uniform(0.7, 1.3)));
        }
        int width = Math.max(3, Integer.toString(count).length());
        for (int serial = 1; drafts.size() < count; serial++) {
            boolean key = keys < keyCount && (count - drafts.size() <= keyCount - keys || draws.chance(0.5));
            keys += key ? 1 : 0;
            String code = area + "9" + String.format(Locale.ROOT, "%0" + width + "d", serial);
            String name = (cityName == null ? "示范市" : cityName) + "第" + PlaceNames.chineseNumber(Math.min(serial, 99))
                    + "高级中学";
            drafts.add(new Draft(new SchoolCode(code), name, key, draws.uniform(0.7, 1.3)));
        }
        if (keys == 0) {
            Draft first = drafts.getFirst();
            drafts.set(0, new Draft(first.code(), first.name(), true, first.weight()));
        }
        // Places for a little over half the candidates, quality schools larger.
        double places = candidates * draws.uniform(0.52, 0.6);
        double weights = 0;
        for (Draft d : drafts) {
            weights += d.weight() * (d.key() ? 1.4 : 1);
        }
        List<HighSchool> highSchools = new ArrayList<>(count);
        boolean minScoreSet = false;
        keys = (int) drafts.stream().filter(Draft::key).count();
        for (Draft d : drafts) {
            double share = d.weight() * (d.key() ? 1.4 : 1) / weights;
            int seats = Math.max(1, (int) Math.round(places * share / 50)) * 50;
            int quotaShare = d.key() ? 50 + 5 * draws.uniformInt(0, 4) : draws.chance(0.15) ? 20 : 0;
            // Some quality schools set a lowest score for quota candidates; the area's last one does if none did.
            boolean lastKey = d.key() && keys == 1;
            Integer minScore = d.key() && (draws.chance(0.4) || lastKey && !minScoreSet)
                    ? 10 * 10 * draws.uniformInt(50, 58)
                    : null;
            minScoreSet |= minScore != null;
            keys -= d.key() ? 1 : 0;
            highSchools.add(new HighSchool(
                    year, area, d.code(), d.name(), seats, quotaShare, minScore, d.key() ? Tier.KEY : Tier.ORDINARY));
        }
        highSchools.sort(Comparator.comparing(HighSchool::code));
        return highSchools;
    }

    private static Candidate candidate(
            int year,
            String area,
            String id,
            SchoolYear junior,
            double strength,
            List<HighSchool> highSchools,
            List<HighSchool> withQuota,
            int[] ranked,
            RandomDraws draws) {
        double ability = strength + draws.normal(0, 1);
        int score = halfPoints(560 + 80 * ability, 150, FULL_MARKS);
        Integer tie1 = draws.chance(0.02) ? null : halfPoints(270 + 38 * ability + draws.normal(0, 15), 60, 360);
        Integer tie2 = draws.chance(0.05) ? null : halfPoints(88 + 16 * ability + draws.normal(0, 8), 10, 120);
        Integer tie3 = draws.chance(0.15) ? null : halfPoints(92 + 10 * ability + draws.normal(0, 6), 20, 120);

        SchoolCode quotaChoice = null;
        if (!withQuota.isEmpty() && draws.chance(ability > -0.5 ? 0.7 : 0.3)) {
            quotaChoice = draws.pick(withQuota).code();
        }
        int n = ranked.length;
        int wanted = Math.min(n, draws.uniformInt(3, 6));
        // Strong candidates aim at the top of the standing; the others start lower (冲、稳、保).
        int skip = Math.clamp(Math.round((0.5 - ability) * n / 4), 0, n - wanted);
        int[] window = Arrays.copyOfRange(ranked, skip, Math.min(n, skip + wanted + 2));
        // Families weigh schools of similar standing differently: neighbours trade places.
        for (int k = 0; k + 1 < window.length; k++) {
            if (draws.chance(0.35)) {
                int t = window[k];
                window[k] = window[k + 1];
                window[k + 1] = t;
            }
        }
        List<SchoolCode> choices = new ArrayList<>(wanted);
        for (int k = 0; k < wanted; k++) {
            choices.add(highSchools.get(window[k]).code());
        }
        return new Candidate(year, area, id, junior.code(), score, tie1, tie2, tie3, quotaChoice, choices);
    }

    /** {@code value} clamped to {@code low..high} and rounded to half points, in tenths. */
    private static int halfPoints(double value, int low, int high) {
        return (int) Math.round(Math.clamp(value, low, high) * 2) * 5;
    }
}
