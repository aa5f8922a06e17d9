package org.edubalance.core.demo;

import org.edubalance.core.region.County;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.core.school.SegmentFigures;
import org.edubalance.core.school.SupplementaryFigures;
import org.jspecify.annotations.Nullable;

/**
 * A synthetic school whose figures evolve from year to year.
 *
 * <p>Enrolment is anchored on typical school sizes: urban primary 1,000–2,500, town central primary 400–1,400, village
 * primary 100–600, teaching points 10–120, urban junior 900–2,200, town junior 400–1,300; private schools are 60 % of
 * their public peers. Yearly drift is the county trend plus +1.5 % (urban) or −3.5 % (village; −1.5 % in a
 * levelled-up county) for urbanisation, with 2 % noise. Supplementary figures are anchored on the 650 / 850 yuan
 * public-funds benchmark with +200 per boarder and 6,000 per special-education student (docs/standards.md §5.4), one music
 * and one art room per 12 classes (§1.4, G03), training funds around 5 % of public funds, boarding mostly in town
 * junior schools, migrant children mostly in urban schools and left-behind children mostly in villages.
 */
final class SchoolState {
    private final SchoolProfile profile;
    private final @Nullable SegmentState primary;
    private final @Nullable SegmentState junior;
    private final AssetState assets;
    private int seniorStudents;
    private final double maxClassSpread;
    private final double boardingShare;
    private final double migrantShare;
    private final double leftBehindShare;
    private final double disabledShare;
    private final double fundingNoise;
    private int musicRoomShortfall;
    private int artRoomShortfall;
    private final int uncertifiedTeachers;

    private SchoolState(SchoolProfile profile, int[] students, CountyCharacter county, RandomDraws draws) {
        this.profile = profile;
        this.primary = students[0] > 0 ? SegmentState.draw(Segment.PRIMARY, profile, students[0], county, draws) : null;
        this.junior = students[1] > 0 ? SegmentState.draw(Segment.JUNIOR, profile, students[1], county, draws) : null;
        this.seniorStudents = students[2];
        this.assets = AssetState.draw(
                profile,
                new int[] {students(primary), students(junior), seniorStudents},
                weightedClasses(),
                county,
                draws);
        Location location = profile.location();
        boolean special = profile.type() == SchoolType.SPECIAL_EDUCATION;
        this.maxClassSpread = draws.uniform(1.03, 1.15);
        this.boardingShare = special
                ? draws.uniform(0.3, 0.7)
                : switch (location) {
                    case URBAN -> draws.uniform(0, 0.05);
                    case TOWN -> students[1] > 0 ? draws.uniform(0.3, 0.7) : draws.uniform(0, 0.2);
                    case RURAL -> profile.type() == SchoolType.TEACHING_POINT ? 0 : draws.uniform(0, 0.15);
                };
        this.migrantShare = switch (location) {
            case URBAN -> draws.uniform(0.05, 0.3);
            case TOWN -> draws.uniform(0.02, 0.1);
            case RURAL -> draws.uniform(0, 0.03);
        };
        double leftBehind = switch (location) {
            case URBAN -> draws.uniform(0.01, 0.08);
            case TOWN -> draws.uniform(0.05, 0.25);
            case RURAL -> draws.uniform(0.1, 0.4);
        };
        this.leftBehindShare = Math.min(0.6, leftBehind * county.leftBehindLevel());
        this.disabledShare = special ? 1 : draws.uniform(0.001, 0.008);
        this.fundingNoise = draws.uniform(0.97, 1.03);
        double roomShortfall = switch (location) {
            case URBAN -> 0.1;
            case TOWN -> 0.25;
            case RURAL -> 0.45;
        };
        this.musicRoomShortfall = !county.levelledUp() && draws.chance(roomShortfall) ? 1 : 0;
        this.artRoomShortfall = !county.levelledUp() && draws.chance(roomShortfall) ? 1 : 0;
        this.uncertifiedTeachers = county.uncertifiedTeachers() && draws.chance(0.06) ? draws.uniformInt(1, 2) : 0;
    }

    static SchoolState draw(SchoolProfile profile, CountyCharacter county, RandomDraws draws) {
        return new SchoolState(profile, enrolment(profile, draws), county, draws);
    }

    /** Primary, junior and senior students in the first year. */
    private static int[] enrolment(SchoolProfile profile, RandomDraws draws) {
        Location location = profile.location();
        double[] students = switch (profile.type()) {
            case PRIMARY ->
                new double[] {
                    switch (location) {
                        case URBAN -> draws.uniform(1000, 2500);
                        case TOWN -> draws.uniform(400, 1400);
                        case RURAL -> draws.skewed(100, 600, 1.5);
                    },
                    0,
                    0
                };
            case TEACHING_POINT -> new double[] {draws.skewed(10, 120, 1.3), 0, 0};
            case JUNIOR ->
                new double[] {
                    0,
                    switch (location) {
                        case URBAN -> draws.uniform(900, 2200);
                        case TOWN -> draws.uniform(400, 1300);
                        case RURAL -> draws.uniform(200, 600);
                    },
                    0
                };
            case NINE_YEAR ->
                switch (location) {
                    case URBAN -> new double[] {draws.uniform(800, 1600), draws.uniform(500, 1100), 0};
                    case TOWN -> new double[] {draws.uniform(300, 900), draws.uniform(200, 700), 0};
                    case RURAL -> new double[] {draws.uniform(120, 400), draws.uniform(80, 300), 0};
                };
            case TWELVE_YEAR ->
                new double[] {draws.uniform(600, 1300), draws.uniform(500, 1000), draws.uniform(600, 1500)};
            case COMPLETE_SECONDARY -> new double[] {0, draws.uniform(600, 1600), draws.uniform(900, 2400)};
            case SPECIAL_EDUCATION -> new double[] {draws.uniform(30, 120), draws.uniform(10, 60), 0};
        };
        double scale = profile.ownership() == Ownership.PRIVATE ? 0.6 : 1;
        return new int[] {
            (int) Math.round(students[0] * scale), (int) Math.round(students[1] * scale), (int) Math.round(students[2])
        };
    }

    /** Next school year: enrolment drifts, staffing follows, assets grow and some shortfalls are fixed. */
    void advance(CountyCharacter county, RandomDraws draws) {
        double shift = switch (profile.location()) {
            case URBAN -> 0.015;
            case TOWN -> 0;
            // A levelled-up county has kept its village schools attractive enough to lose pupils more slowly.
            case RURAL -> county.levelledUp() ? -0.015 : -0.035;
        };
        if (primary != null) {
            primary.advance(county.primaryDrift() + shift + draws.normal(0, 0.02), draws);
        }
        if (junior != null) {
            junior.advance(county.juniorDrift() + shift + draws.normal(0, 0.02), draws);
        }
        if (seniorStudents > 0) {
            seniorStudents = Math.max(1, (int) Math.round(seniorStudents * (1 + draws.normal(0, 0.02))));
        }
        assets.advance(new int[] {students(primary), students(junior), seniorStudents}, county, draws);
        if (draws.chance(0.1 * county.investment())) {
            musicRoomShortfall = 0;
            artRoomShortfall = 0;
        }
    }

    SchoolYear toSchoolYear(int year, County county, CountyCharacter character) {
        SegmentFigures primaryFigures = primary == null ? SegmentFigures.NONE : primary.figures();
        SegmentFigures juniorFigures = junior == null ? SegmentFigures.NONE : junior.figures();
        return new SchoolYear(
                year,
                county,
                profile.townName(),
                profile.code(),
                profile.name(),
                profile.type(),
                profile.location(),
                profile.ownership(),
                profile.position(),
                primaryFigures,
                juniorFigures,
                seniorStudents,
                assets.shared(),
                supplementary(character));
    }

    private SupplementaryFigures supplementary(CountyCharacter county) {
        int pupils = students(primary);
        int juniors = students(junior);
        int compulsory = pupils + juniors;
        int classes = classes();
        double meanClassSize = Math.max(meanClassSize(primary), meanClassSize(junior));
        int maxClassSize = (int) Math.ceil(meanClassSize * maxClassSpread);
        if (county.levelledUp()) {
            // Such a county keeps every class within the caps of docs/standards.md §5.5.
            maxClassSize = Math.min(maxClassSize, juniors > 0 ? 50 : 45);
        }
        int bigClasses = maxClassSize < 56
                ? 0
                : Math.clamp(Math.round(classes * Math.clamp((meanClassSize + 4 - 56) / 8, 0.05, 1)), 1, classes);
        int blocks = (classes + 11) / 12;
        int boarding = (int) Math.round(boardingShare * compulsory);
        boolean special = profile.type() == SchoolType.SPECIAL_EDUCATION;
        double funded = special ? 6000.0 * compulsory : 650.0 * pupils + 850.0 * juniors + 200.0 * boarding;
        double publicFunds = Math.round(funded * county.fundingLevel() * fundingNoise);
        if (!special && compulsory < 100 && county.smallSchoolsFundedAs100()) {
            // Funded as if it had 100 students (docs/standards.md §1.4, G06), at least at the benchmark.
            double asHundred = (650.0 * pupils + 850.0 * juniors) * 100 / compulsory;
            publicFunds = Math.max(publicFunds, Math.ceil(asHundred * Math.max(1, county.fundingLevel())));
        }
        return new SupplementaryFigures(
                maxClassSize,
                bigClasses,
                Math.max(0, blocks - musicRoomShortfall),
                Math.max(0, blocks - artRoomShortfall),
                boarding,
                (int) Math.round(migrantShare * compulsory),
                (int) Math.round(leftBehindShare * compulsory),
                (int) Math.round(disabledShare * compulsory),
                publicFunds,
                (double) Math.round(publicFunds * county.trainingShare()),
                Math.max(0, teachers() - uncertifiedTeachers));
    }

    int teachers() {
        return (primary == null ? 0 : primary.teachers()) + (junior == null ? 0 : junior.teachers());
    }

    /**
     * Classes with junior classes counted 1.12 times and senior classes (about 50 students) 1.25 times, as secondary
     * schools fit laboratories with multimedia too.
     */
    private double weightedClasses() {
        return (primary == null ? 0 : primary.classes())
                + (junior == null ? 0 : 1.12 * junior.classes())
                + 1.25 * Math.ceil(seniorStudents / 50.0);
    }

    private int classes() {
        return (primary == null ? 0 : primary.classes()) + (junior == null ? 0 : junior.classes());
    }

    private static int students(@Nullable SegmentState segment) {
        return segment == null ? 0 : segment.students();
    }

    private static double meanClassSize(@Nullable SegmentState segment) {
        return segment == null ? 0 : segment.meanClassSize();
    }
}
