package org.edubalance.core.demo;

import java.util.ArrayList;
import java.util.List;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolType;

/**
 * Decides which schools a synthetic county has, where they are and what they are called.
 *
 * <p>The mix is anchored on the national structure of compulsory schooling: a county seat (城关镇) holding 15–30 % of
 * the schools, the large urban primary and junior schools, usually one special-education school (about 2,300 for
 * about 2,900 counties), often a complete secondary school, sometimes a twelve-year school and a few private schools;
 * then 乡镇 each with a central primary school and a junior or nine-year school at the town centre, and village
 * primary schools and teaching points (教学点) around it. Over many counties this gives about 52 % primary schools,
 * 21 % teaching points, 15 % junior schools, 9 % nine-year schools, about 1 % each of complete secondary and
 * special-education schools and 0.5 % twelve-year schools; private schools are about 2 %. Schools number about 66 a
 * county (log-normal, 25–160).
 */
final class CountyLayout {
    static final String COUNTY_SEAT = "城关镇";
    private static final String SEAT_PREFIX = "城关";
    private static final List<String> PRIVATE_BRANDS = List.of("育才", "博文", "明德", "启航", "英才", "华英", "立德");

    private final DemoCounty county;
    private final RandomDraws draws;
    private final PlaceNames names;
    private final List<SchoolProfile> schools = new ArrayList<>();
    private final int[] urbanSerialByType = new int[SchoolType.values().length];
    private int privateSchools;

    private CountyLayout(DemoCounty county, RandomDraws draws) {
        this.county = county;
        this.draws = draws;
        this.names = new PlaceNames(draws);
    }

    /** The schools of {@code county}, in school-code order. */
    static List<SchoolProfile> schoolsOf(DemoCounty county, RandomDraws draws) {
        CountyLayout layout = new CountyLayout(county, draws);
        int target = (int) Math.clamp(Math.round(draws.logNormal(66, 0.3)), 25, 160);
        int urban = Math.max(5, (int) Math.round(target * draws.uniform(0.15, 0.30)));
        layout.layCountySeat(urban);
        layout.layTowns(target - urban);
        return List.copyOf(layout.schools);
    }

    private void layCountySeat(int count) {
        addUrban(SchoolType.PRIMARY, Ownership.PUBLIC);
        addUrban(SchoolType.JUNIOR, Ownership.PUBLIC);
        if (draws.chance(0.8)) {
            add(
                    county.county().name() + "特殊教育学校",
                    COUNTY_SEAT,
                    SchoolType.SPECIAL_EDUCATION,
                    Location.URBAN,
                    Ownership.PUBLIC,
                    near(county.centre(), 0.03));
        }
        if (draws.chance(0.6)) {
            addUrban(SchoolType.COMPLETE_SECONDARY, Ownership.PUBLIC);
        }
        if (draws.chance(0.15)) {
            addUrban(SchoolType.COMPLETE_SECONDARY, Ownership.PUBLIC);
        }
        if (draws.chance(0.35)) {
            addUrban(SchoolType.TWELVE_YEAR, Ownership.PUBLIC);
        }
        while (schools.size() < count) {
            if (draws.chance(0.12)) {
                double kind = draws.uniform(0, 1);
                addUrban(
                        kind < 0.4 ? SchoolType.PRIMARY : kind < 0.8 ? SchoolType.NINE_YEAR : SchoolType.JUNIOR,
                        Ownership.PRIVATE);
            } else {
                double kind = draws.uniform(0, 1);
                addUrban(
                        kind < 0.68 ? SchoolType.PRIMARY : kind < 0.92 ? SchoolType.JUNIOR : SchoolType.NINE_YEAR,
                        Ownership.PUBLIC);
            }
        }
    }

    private void addUrban(SchoolType type, Ownership ownership) {
        String name;
        if (ownership == Ownership.PRIVATE) {
            int round = privateSchools / PRIVATE_BRANDS.size();
            String brand = PRIVATE_BRANDS.get(privateSchools++ % PRIVATE_BRANDS.size());
            name = SEAT_PREFIX
                    + brand
                    + (round == 0 ? "" : "第" + PlaceNames.chineseNumber(Math.min(round + 1, 99)))
                    + switch (type) {
                        case PRIMARY -> "小学";
                        case JUNIOR -> "初级中学";
                        default -> "学校";
                    };
        } else {
            int serial = ++urbanSerialByType[type.ordinal()];
            name = SEAT_PREFIX + "第" + PlaceNames.chineseNumber(Math.min(serial, 99))
                    + switch (type) {
                        case PRIMARY -> "小学";
                        case JUNIOR -> "初级中学";
                        case COMPLETE_SECONDARY -> "中学";
                        default -> type.chineseName();
                    };
        }
        add(name, COUNTY_SEAT, type, Location.URBAN, ownership, near(county.centre(), 0.03));
    }

    private void layTowns(int count) {
        int towns = Math.clamp(Math.round(count / draws.uniform(4.5, 6.5)), 2, Math.max(2, count / 2));
        int[] villages = new int[towns];
        for (int v = 0; v < count - 2 * towns; v++) {
            villages[draws.uniformInt(0, towns - 1)]++;
        }
        for (int t = 0; t < towns; t++) {
            String town = names.stem() + (draws.chance(0.3) ? "乡" : "镇");
            GeoPoint centre = near(county.centre(), 0.25);
            add(town + "中心小学", town, SchoolType.PRIMARY, Location.TOWN, Ownership.PUBLIC, near(centre, 0.008));
            if (draws.chance(0.65)) {
                add(town + "中学", town, SchoolType.JUNIOR, Location.TOWN, Ownership.PUBLIC, near(centre, 0.008));
            } else {
                add(town + "九年一贯制学校", town, SchoolType.NINE_YEAR, Location.TOWN, Ownership.PUBLIC, near(centre, 0.008));
            }
            for (int v = 0; v < villages[t]; v++) {
                addVillageSchool(town, centre);
            }
        }
    }

    private void addVillageSchool(String town, GeoPoint townCentre) {
        String village = names.villageStem();
        double kind = draws.uniform(0, 1);
        GeoPoint position = near(townCentre, 0.07);
        if (kind < 0.52) {
            add(town + village + "小学", town, SchoolType.PRIMARY, Location.RURAL, Ownership.PUBLIC, position);
        } else if (kind < 0.95) {
            add(town + village + "村教学点", town, SchoolType.TEACHING_POINT, Location.RURAL, Ownership.PUBLIC, position);
        } else {
            add(town + village + "九年一贯制学校", town, SchoolType.NINE_YEAR, Location.RURAL, Ownership.PUBLIC, position);
        }
    }

    private void add(
            String name, String town, SchoolType type, Location location, Ownership ownership, GeoPoint position) {
        int serial = schools.size() + 1;
        String code = county.county().code().value()
                + (serial < 1000 ? serial < 100 ? serial < 10 ? "000" : "00" : "0" : "")
                + serial;
        schools.add(new SchoolProfile(new SchoolCode(code), name, town, type, location, ownership, position));
    }

    /** A point within {@code spread} degrees of {@code centre}, to six decimals (about 0.1 m). */
    private GeoPoint near(GeoPoint centre, double spread) {
        return new GeoPoint(
                Math.clamp(Math.round((centre.latitude() + draws.uniform(-spread, spread)) * 1e6) / 1e6, -90, 90),
                Math.clamp(Math.round((centre.longitude() + draws.uniform(-spread, spread)) * 1e6) / 1e6, -180, 180));
    }
}
