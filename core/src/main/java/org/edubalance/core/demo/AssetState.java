package org.edubalance.core.demo;

import org.edubalance.core.school.Location;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SharedAssets;

/**
 * The whole-school assets of a synthetic school, evolving from year to year.
 *
 * <p>Floor area, sports area and equipment value are drawn as a log-normal factor times what exactly meets the 2017
 * thresholds R4–R6 (docs/standards.md §1.3) in every segment once split by the §3.5 weights. Medians sit 25–90 % above the
 * thresholds; urban schools are short of sports ground and rich in equipment, villages the reverse, and the spread is
 * wider in villages. Schools under 300 students get more space per student ({@code (300 / P)^0.3} for buildings,
 * {@code ^0.4} for sports grounds), since a building serves a minimum number of classes; together these give the heavy
 * tails that push per-indicator CVs over 0.50 in many counties. Multimedia rooms follow the classes (most classrooms
 * fitted, plus special rooms), so schools with big classes fall under R7. Computers (5–20 per 100 students) and books
 * (15–45 per student) follow the 2012 indicators.
 */
final class AssetState {
    private double teachingAuxArea;
    private double indoorSportsArea;
    private double sportsGroundArea;
    private double equipmentValue;
    private int multimediaRooms;
    private int computers;
    private int books;

    private AssetState() {}

    /**
     * The first year's assets.
     *
     * @param students primary, junior and senior students
     * @param classes classes, junior and senior ones weighted up for their laboratories
     */
    static AssetState draw(
            SchoolProfile school, int[] students, double classes, CountyCharacter county, RandomDraws draws) {
        AssetState assets = new AssetState();
        assets.drawSpace(school, students, county, draws);
        assets.drawEquipment(school, students, county, draws);
        assets.drawRoomsAndBooks(school.location(), students, classes, county, draws);
        return assets;
    }

    private void drawSpace(SchoolProfile school, int[] students, CountyCharacter county, RandomDraws draws) {
        Location location = school.location();
        int total = Math.max(1, students[0] + students[1] + students[2]);
        boolean special = school.type() == SchoolType.SPECIAL_EDUCATION;
        double areaFactor = special
                ? draws.logNormal(3, 0.3)
                : switch (location) {
                    case URBAN ->
                        county.resourceFactor(draws, school.ownership() == Ownership.PRIVATE ? 1.4 : 1.3, 0.2);
                    case TOWN -> county.resourceFactor(draws, 1.35, 0.22);
                    case RURAL -> county.resourceFactor(draws, 1.4, 0.38);
                };
        double sportsFactor = special
                ? draws.logNormal(2, 0.4)
                : switch (location) {
                    case URBAN -> county.resourceFactor(draws, 1.25, 0.25);
                    case TOWN -> county.resourceFactor(draws, 1.5, 0.3);
                    case RURAL -> county.resourceFactor(draws, 1.9, 0.5);
                };
        teachingAuxArea =
                areaFactor * smallSchoolFactor(total, 0.3) * requirement(ResourceAnchor.TEACHING_AUX_AREA, students);
        // Village schools sit on cheap land: their playgrounds grow faster than their buildings as enrolment falls.
        double sportsArea =
                sportsFactor * smallSchoolFactor(total, 0.4) * requirement(ResourceAnchor.SPORTS_AREA, students);
        double gymShare = switch (location) {
            case URBAN -> draws.chance(0.6) ? draws.uniform(0.04, 0.12) : 0;
            case TOWN -> draws.chance(0.35) ? draws.uniform(0.03, 0.08) : 0;
            case RURAL -> draws.chance(0.08) ? draws.uniform(0.02, 0.05) : 0;
        };
        // The gym counts in both the teaching area and the sports area (docs/standards.md §1.3, R4 and R5).
        indoorSportsArea = Math.min(teachingAuxArea * gymShare, sportsArea / 2);
        sportsGroundArea = sportsArea - indoorSportsArea;
    }

    private void drawEquipment(SchoolProfile school, int[] students, CountyCharacter county, RandomDraws draws) {
        int total = Math.max(1, students[0] + students[1] + students[2]);
        double equipmentFactor = school.type() == SchoolType.SPECIAL_EDUCATION
                ? draws.logNormal(3, 0.4)
                : switch (school.location()) {
                    case URBAN ->
                        county.resourceFactor(draws, school.ownership() == Ownership.PRIVATE ? 1.8 : 1.5, 0.3);
                    case TOWN -> county.resourceFactor(draws, 1.4, 0.3);
                    case RURAL -> county.resourceFactor(draws, 1.35, 0.4);
                };
        equipmentValue = equipmentFactor
                * Math.sqrt(smallSchoolFactor(total, 0.3))
                * requirement(ResourceAnchor.EQUIPMENT_VALUE, students);
    }

    private void drawRoomsAndBooks(
            Location location, int[] students, double classes, CountyCharacter county, RandomDraws draws) {
        // Most classrooms are fitted, plus special rooms; in villages coverage is patchier.
        double fitted = switch (location) {
            case URBAN -> classes * draws.uniform(0.9, 1.0) * draws.uniform(1.15, 1.45);
            case TOWN -> classes * draws.uniform(0.8, 1.0) * draws.uniform(1.1, 1.35);
            case RURAL -> classes * draws.uniform(0.55, 1.0) * draws.uniform(1.0, 1.3);
        };
        multimediaRooms = (int) Math.round(fitted);
        if (county.levelledUp()) {
            multimediaRooms = Math.max(multimediaRooms, roomsMeetingThreshold(students[0], students[1], students[2]));
        }
        double computersPer100 = switch (location) {
            case URBAN -> draws.uniform(10, 20);
            case TOWN -> draws.uniform(8, 16);
            case RURAL -> draws.uniform(5, 14);
        };
        computers = (int) Math.round(computersPer100 * (students[0] + 1.3 * students[1] + 1.5 * students[2]) / 100);
        double booksPerPupil = location == Location.RURAL ? draws.logNormal(22, 0.3) : draws.uniform(15, 35);
        books = (int) Math.round(booksPerPupil * students[0] + draws.uniform(25, 45) * (students[1] + students[2]));
    }

    private static double smallSchoolFactor(int students, double exponent) {
        return students < 300 ? Math.pow(300.0 / students, exponent) : 1;
    }

    private static double requirement(ResourceAnchor anchor, int[] students) {
        return anchor.requirement(students[0], students[1], students[2]);
    }

    /**
     * Next school year: equipment, computers and books grow every year; now and then a school gets a new building,
     * a bigger sports ground, a gym or more multimedia rooms, more often when it is below the threshold and the county
     * invests more. A levelled-up county keeps every school at the thresholds.
     */
    void advance(int[] students, CountyCharacter county, RandomDraws draws) {
        int primary = students[0];
        int junior = students[1];
        int senior = students[2];
        double propensity = county.investment();
        double areaNeed = ResourceAnchor.TEACHING_AUX_AREA.requirement(primary, junior, senior);
        if (draws.chance(propensity * (teachingAuxArea < areaNeed ? 0.25 : 0.04))) {
            teachingAuxArea *= draws.uniform(1.15, 1.5);
        }
        double sportsNeed = ResourceAnchor.SPORTS_AREA.requirement(primary, junior, senior);
        if (draws.chance(propensity * (sportsGroundArea + indoorSportsArea < sportsNeed ? 0.15 : 0.03))) {
            sportsGroundArea *= draws.uniform(1.1, 1.4);
        }
        if (draws.chance(propensity * 0.03)) {
            double gym = teachingAuxArea * draws.uniform(0.04, 0.08);
            indoorSportsArea += gym;
            teachingAuxArea += gym;
        }
        equipmentValue *= draws.uniform(1.02, 1.1);
        if (draws.chance(propensity * 0.1)) {
            equipmentValue *= draws.uniform(1.15, 1.4);
        }
        // Rooms are fitted where they are short, not in small schools that already have one per class.
        boolean fewRooms = multimediaRooms < 1.3 * roomsMeetingThreshold(primary, junior, senior);
        if (fewRooms && draws.chance(Math.min(1, propensity * 0.3))) {
            multimediaRooms += draws.uniformInt(1, 2);
        }
        if (county.levelledUp()) {
            keepAtThresholds(students, draws);
        }
        computers = (int) Math.round(computers * draws.uniform(1.0, 1.08));
        books += (int) Math.round((primary + junior + senior) * draws.uniform(0.5, 2.0));
    }

    /** A levelled-up county builds and buys as soon as a school would fall below a threshold. */
    private void keepAtThresholds(int[] students, RandomDraws draws) {
        int primary = students[0];
        int junior = students[1];
        int senior = students[2];
        double area = ResourceAnchor.TEACHING_AUX_AREA.requirement(primary, junior, senior);
        if (teachingAuxArea < area) {
            teachingAuxArea = area * draws.uniform(1.02, 1.1);
        }
        double sports = ResourceAnchor.SPORTS_AREA.requirement(primary, junior, senior);
        if (sportsGroundArea + indoorSportsArea < sports) {
            sportsGroundArea = sports * draws.uniform(1.02, 1.1) - indoorSportsArea;
        }
        double equipment = ResourceAnchor.EQUIPMENT_VALUE.requirement(primary, junior, senior);
        if (equipmentValue < equipment) {
            equipmentValue = equipment * draws.uniform(1.02, 1.1);
        }
        multimediaRooms = Math.max(multimediaRooms, roomsMeetingThreshold(primary, junior, senior));
    }

    private static int roomsMeetingThreshold(int primary, int junior, int senior) {
        return (int) Math.ceil(ResourceAnchor.MULTIMEDIA_ROOMS_PER100.requirement(primary, junior, senior) / 100);
    }

    SharedAssets shared() {
        return new SharedAssets(
                Math.round(teachingAuxArea * 10) / 10.0,
                Math.round(indoorSportsArea * 10) / 10.0,
                Math.round(sportsGroundArea * 10) / 10.0,
                Math.round(equipmentValue),
                multimediaRooms,
                computers,
                books);
    }
}
