package org.edubalance.core.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.edubalance.core.demo.DemoEnrolment.Applicant;
import org.edubalance.core.demo.DemoEnrolment.EntryGrade;
import org.edubalance.core.demo.DemoEnrolment.SeatPlan;
import org.edubalance.core.demo.DemoEnrolment.ZoneSchool;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.jspecify.annotations.Nullable;

/** One county's round for one entry grade: seats, zones and children, as {@link EnrolmentGenerator} describes. */
record EnrolmentRound(List<SeatPlan> seats, List<ZoneSchool> zones, List<Applicant> applicants) {
    private static final List<String> SPECIAL_PRIORITIES = List.of("MILITARY", "MILITARY", "FIREFIGHTER", "TALENT");
    /** The most schools a family lists; private school and zone schools together. */
    static final int MAX_CHOICES = 5;

    /** A school taking part, with what the draws decided about it. */
    private static final class Entrant {
        final SchoolYear school;
        final double cohort;
        int seats;
        /** How sought-after the school is (a few urban schools stand out); families rank zone schools by it. */
        final double appeal;

        int zone = -1;

        Entrant(SchoolYear school, double cohort, int seats, double appeal) {
            this.school = school;
            this.cohort = cohort;
            this.seats = seats;
            this.appeal = appeal;
        }

        boolean isPublic() {
            return school.ownership() == Ownership.PUBLIC;
        }

        Location location() {
            return school.location();
        }
    }

    /** A zone: its id, its schools and how many children live in it. */
    private static final class Zone {
        final String id;
        final List<Entrant> schools = new ArrayList<>();
        /** The zone's schools with seats, the ones a family can list. */
        final List<Entrant> admitting = new ArrayList<>();

        double demand;
        boolean sought;
        int children;

        Zone(String id) {
            this.id = id;
        }

        Location location() {
            return schools.getFirst().location();
        }
    }

    static EnrolmentRound draw(
            RegionCode county,
            int year,
            EntryGrade grade,
            List<SchoolYear> schools,
            double urbanMigrantShare,
            int applicantsPerRound,
            int firstSerial,
            RandomDraws draws) {
        List<SchoolYear> taking = schools.stream()
                .filter(s -> s.type() != SchoolType.SPECIAL_EDUCATION
                        && s.segment(grade.segment()).students() > 0)
                .toList();
        double cohort = 0;
        for (SchoolYear school : taking) {
            cohort += school.segment(grade.segment()).students() / (double) grade.gradesInSegment();
        }
        int applicantCount =
                applicantsPerRound > 0 ? applicantsPerRound : (int) Math.round(cohort * draws.uniform(1.02, 1.06));
        // A benchmark round of a given size scales the schools' cohorts to it.
        double cohortScale = applicantsPerRound > 0 && cohort > 0 ? applicantsPerRound / (cohort * 1.04) : 1;

        List<Entrant> entrants = new ArrayList<>(taking.size());
        for (SchoolYear school : taking) {
            double schoolCohort = cohortScale * school.segment(grade.segment()).students() / grade.gradesInSegment();
            entrants.add(new Entrant(
                    school, schoolCohort, seats(school, schoolCohort, grade, draws), appeal(school, draws)));
        }
        List<Zone> zones = zones(entrants, draws);
        topUpPublicSeats(entrants, applicantCount, grade);

        List<SeatPlan> seatRows = new ArrayList<>(entrants.size());
        for (Entrant e : entrants) {
            seatRows.add(new SeatPlan(year, county, e.school.code(), grade, e.seats));
        }
        List<ZoneSchool> zoneRows = new ArrayList<>();
        for (Zone zone : zones) {
            for (Entrant e : zone.schools) {
                zoneRows.add(new ZoneSchool(year, county, grade, zone.id, e.school.code()));
            }
        }
        List<Applicant> applicants =
                applicants(county, year, grade, entrants, zones, applicantCount, urbanMigrantShare, firstSerial, draws);
        return new EnrolmentRound(seatRows, zoneRows, applicants);
    }

    /** One year's cohort in whole classes; some teaching points and village schools admit nobody this year. */
    private static int seats(SchoolYear school, double cohort, EntryGrade grade, RandomDraws draws) {
        boolean resting = switch (school.type()) {
            // Teaching points often admit every other year (隔年招生); a few village schools are being merged.
            case TEACHING_POINT -> draws.chance(0.35);
            default -> school.location() == Location.RURAL && draws.chance(0.04);
        };
        if (resting) {
            return 0;
        }
        int classes = Math.max(1, (int) Math.round(cohort * draws.uniform(0.95, 1.08) / grade.classSize()));
        return classes * grade.classSize();
    }

    private static double appeal(SchoolYear school, RandomDraws draws) {
        double appeal = draws.normal(0, 1);
        return switch (school.location()) {
            case URBAN -> appeal + (draws.chance(0.3) ? 2 : 0.5);
            case TOWN -> appeal;
            case RURAL -> appeal - 1;
        };
    }

    /**
     * Every public school in exactly one zone: an urban school starts a multi-school zone with its one or two nearest
     * free neighbours with a chance of 0.35 (so about half the urban schools end up sharing one), the others have
     * their own, and a school admitting nobody joins the zone of its nearest admitting school.
     */
    private static List<Zone> zones(List<Entrant> entrants, RandomDraws draws) {
        List<Entrant> publicAdmitting =
                entrants.stream().filter(e -> e.isPublic() && e.seats > 0).toList();
        int width = Math.max(3, Integer.toString(publicAdmitting.size()).length());
        List<Zone> zones = new ArrayList<>();
        for (Entrant e : publicAdmitting) {
            if (e.zone >= 0) {
                continue;
            }
            Zone zone = new Zone("Z" + String.format(Locale.ROOT, "%0" + width + "d", zones.size() + 1));
            join(zone, e, zones.size());
            if (e.location() == Location.URBAN && draws.chance(0.35)) {
                int partners = draws.chance(0.7) ? 1 : 2;
                publicAdmitting.stream()
                        .filter(o -> o.zone < 0 && o.location() == Location.URBAN)
                        .sorted(Comparator.comparingDouble(o -> distance(e.school.position(), o.school.position())))
                        .limit(partners)
                        .forEach(o -> join(zone, o, zones.size()));
            }
            zones.add(zone);
        }
        for (Entrant e : entrants) {
            if (!e.isPublic() || e.seats > 0) {
                continue;
            }
            Entrant nearest = publicAdmitting.stream()
                    .min(Comparator.comparingDouble(o -> distance(e.school.position(), o.school.position())))
                    .orElse(null);
            if (nearest == null) {
                Zone own = new Zone("Z" + String.format(Locale.ROOT, "%0" + width + "d", zones.size() + 1));
                join(own, e, zones.size());
                zones.add(own);
            } else {
                join(zones.get(nearest.zone), e, nearest.zone);
            }
        }
        for (Zone zone : zones) {
            for (Entrant e : zone.schools) {
                if (e.seats > 0) {
                    zone.admitting.add(e);
                }
            }
        }
        return zones;
    }

    private static void join(Zone zone, Entrant school, int index) {
        school.zone = index;
        zone.schools.add(school);
    }

    /**
     * Adds classes to the largest public schools until the county's public schools have a place for every child: the
     * bureau plans so (统筹安排), and only then does every child find a place when coordination is on.
     */
    private static void topUpPublicSeats(List<Entrant> entrants, int applicants, EntryGrade grade) {
        List<Entrant> publicAdmitting = new ArrayList<>(
                entrants.stream().filter(e -> e.isPublic() && e.seats > 0).toList());
        if (publicAdmitting.isEmpty()) {
            return;
        }
        publicAdmitting.sort(
                Comparator.comparingDouble((Entrant e) -> -e.cohort).thenComparing(e -> e.school.code()));
        int seats = publicAdmitting.stream().mapToInt(e -> e.seats).sum();
        for (int i = 0; seats < applicants; i = (i + 1) % publicAdmitting.size()) {
            publicAdmitting.get(i).seats += grade.classSize();
            seats += grade.classSize();
        }
    }

    private static List<Applicant> applicants(
            RegionCode county,
            int year,
            EntryGrade grade,
            List<Entrant> entrants,
            List<Zone> zones,
            int count,
            double urbanMigrantShare,
            int firstSerial,
            RandomDraws draws) {
        apportion(zones, count, draws);
        List<Zone> sought = zones.stream().filter(z -> z.sought).toList();
        List<Entrant> privates =
                entrants.stream().filter(e -> !e.isPublic() && e.seats > 0).toList();

        List<Applicant> drafts = new ArrayList<>(count);
        for (Zone zone : zones) {
            double migrantShare = switch (zone.location()) {
                case URBAN -> urbanMigrantShare;
                case TOWN -> urbanMigrantShare * 0.35;
                case RURAL -> urbanMigrantShare * 0.1;
            };
            for (int i = 0; i < zone.children; i++) {
                drafts.add(child(county, year, grade, zone, zones, sought, privates, migrantShare, draws));
            }
        }
        // Children register in no particular order of zones; their ids count in registration order.
        for (int i = drafts.size() - 1; i > 0; i--) {
            int j = draws.uniformInt(0, i);
            Applicant t = drafts.get(i);
            drafts.set(i, drafts.get(j));
            drafts.set(j, t);
        }
        int width = Math.max(6, Integer.toString(firstSerial + drafts.size()).length());
        String prefix = "A" + year + county.value();
        List<Applicant> applicants = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            Applicant a = drafts.get(i);
            String serial = Integer.toString(firstSerial + i);
            String id = prefix + "0".repeat(width - serial.length()) + serial;
            applicants.add(new Applicant(
                    a.year(),
                    a.county(),
                    a.grade(),
                    id,
                    a.hukouZone(),
                    a.homeZone(),
                    a.homeOwned(),
                    a.residencePermit(),
                    a.migrant(),
                    a.specialPriority(),
                    a.choices(),
                    a.home()));
        }
        return applicants;
    }

    /**
     * How many children live in each zone: its schools' cohort, more in zones of sought-after schools (families move
     * there), fewer in villages (families move to town), scaled to {@code count} by largest remainders.
     */
    private static void apportion(List<Zone> zones, int count, RandomDraws draws) {
        double total = 0;
        for (Zone zone : zones) {
            double cohort = zone.schools.stream().mapToDouble(e -> e.cohort).sum();
            double best =
                    zone.admitting.stream().mapToDouble(e -> e.appeal).max().orElse(-9);
            zone.sought = zone.location() == Location.URBAN && best > 1.8;
            double pull = switch (zone.location()) {
                case URBAN -> zone.sought ? draws.uniform(1.15, 1.45) : draws.uniform(0.85, 1.05);
                case TOWN -> draws.uniform(0.85, 1.0);
                case RURAL -> draws.uniform(0.7, 0.95);
            };
            zone.demand = cohort * pull;
            total += zone.demand;
        }
        if (total <= 0) {
            return;
        }
        int given = 0;
        double[] remainders = new double[zones.size()];
        for (int z = 0; z < zones.size(); z++) {
            double exact = count * zones.get(z).demand / total;
            zones.get(z).children = (int) Math.floor(exact);
            remainders[z] = exact - zones.get(z).children;
            given += zones.get(z).children;
        }
        List<Integer> order = new ArrayList<>(zones.size());
        for (int z = 0; z < zones.size(); z++) {
            order.add(z);
        }
        order.sort(Comparator.comparingDouble((Integer z) -> -remainders[z]).thenComparing(z -> z));
        for (int k = 0; given < count; k = (k + 1) % order.size()) {
            zones.get(order.get(k)).children++;
            given++;
        }
    }

    /** One child living in {@code zone}, with an id to be given at registration. */
    private static Applicant child(
            RegionCode county,
            int year,
            EntryGrade grade,
            Zone zone,
            List<Zone> zones,
            List<Zone> sought,
            List<Entrant> privates,
            double migrantShare,
            RandomDraws draws) {
        boolean migrant = draws.chance(migrantShare);
        @Nullable String home = zone.id;
        @Nullable String hukou;
        boolean owned;
        boolean permit;
        if (migrant) {
            // Registered outside the city, so outside the county too; most hold the city's residence permit.
            hukou = null;
            owned = draws.chance(0.2);
            permit = draws.chance(0.7);
        } else {
            double u = draws.uniform(0, 1);
            if (u < 0.84) {
                hukou = zone.id;
            } else if (u < 0.95) {
                // Registered at another address of the county (人户分离), often a grandparent's in a sought-after zone.
                hukou = !sought.isEmpty() && draws.chance(0.6) ? draws.pick(sought).id : draws.pick(zones).id;
            } else {
                hukou = null;
            }
            owned = draws.chance(zone.id.equals(hukou) ? 0.8 : 0.55);
            permit = hukou == null && draws.chance(0.6);
        }
        if (draws.chance(0.02)) {
            home = null;
            owned = false;
        }
        String special = draws.chance(0.012) ? draws.pick(SPECIAL_PRIORITIES) : null;

        List<SchoolCode> choices = new ArrayList<>(MAX_CHOICES);
        double privateChance = zone.location() == Location.URBAN ? 0.15 : 0.07;
        if (!privates.isEmpty() && draws.chance(privateChance)) {
            choices.add(draws.pick(privates).school.code());
        }
        Zone first = hukou != null ? zones.get(indexOf(zones, hukou)) : home != null ? zone : null;
        if (first != null) {
            rank(first, choices, draws);
        }
        if (home != null && first != zone && draws.chance(0.3)) {
            rank(zone, choices, draws);
        }
        GeoPoint position = home == null ? null : homeNear(zone, draws);
        return new Applicant(year, county, grade, "", hukou, home, owned, permit, migrant, special, choices, position);
    }

    private static int indexOf(List<Zone> zones, String id) {
        // Zone ids are "Z" and the zone's 1-based position.
        return Integer.parseInt(id.substring(1)) - 1;
    }

    /** A family in a multi-school zone ranks its schools: mostly the sought-after one first. */
    private static void rank(Zone zone, List<SchoolCode> choices, RandomDraws draws) {
        if (zone.admitting.size() < 2) {
            return;
        }
        List<double[]> keyed = new ArrayList<>(zone.admitting.size());
        for (int i = 0; i < zone.admitting.size(); i++) {
            keyed.add(new double[] {zone.admitting.get(i).appeal + draws.normal(0, 0.8), i});
        }
        keyed.sort(Comparator.comparingDouble((double[] k) -> -k[0]));
        for (double[] k : keyed) {
            SchoolCode code = zone.admitting.get((int) k[1]).school.code();
            if (choices.size() < MAX_CHOICES && !choices.contains(code)) {
                choices.add(code);
            }
        }
    }

    /** A home within about a kilometre of one of the zone's schools in town, a few kilometres in villages. */
    private static @Nullable GeoPoint homeNear(Zone zone, RandomDraws draws) {
        SchoolYear school = draws.pick(zone.schools).school;
        GeoPoint site = school.position();
        if (site == null) {
            return null;
        }
        double spread = switch (school.location()) {
            case URBAN -> 0.009;
            case TOWN -> 0.02;
            case RURAL -> 0.04;
        };
        return new GeoPoint(
                Math.clamp(Math.round((site.latitude() + draws.uniform(-spread, spread)) * 1e6) / 1e6, -90.0, 90.0),
                Math.clamp(Math.round((site.longitude() + draws.uniform(-spread, spread)) * 1e6) / 1e6, -180.0, 180.0));
    }

    /** A distance for "nearby" in degrees, longitude shortened by the latitude; schools without a site are far. */
    private static double distance(@Nullable GeoPoint a, @Nullable GeoPoint b) {
        if (a == null || b == null) {
            return Double.MAX_VALUE;
        }
        double dLat = a.latitude() - b.latitude();
        double dLon = (a.longitude() - b.longitude()) * Math.cos(Math.toRadians(a.latitude()));
        return dLat * dLat + dLon * dLon;
    }
}
