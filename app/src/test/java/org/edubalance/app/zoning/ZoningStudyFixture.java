package org.edubalance.app.zoning;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.edubalance.app.Api;
import org.edubalance.app.PageSession;
import org.edubalance.core.account.UserAccounts;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SchoolYears;
import org.springframework.context.ApplicationContext;

/**
 * A small zoning study on the demo city: six blocks in a grid of two rows (B1 B2 B3 over B4 B5 B6, each touching its
 * row and column neighbours) of the demo principal's county; the principal's school stands in B1 and another public
 * school of the county in B6, each with {@code seats} seats. The zones in force: B1–B3 with the first school (zone ZA),
 * B4–B6 with the second (ZB). Every block has {@code children} children of every age, so each block sends that many
 * entrants in every year. Block names carry {@code tag}, so that tests sharing the platform find their own blocks.
 *
 * @param first the principal's school
 * @param second the other school
 * @param grade the entry grade both offer
 * @param tag a text unique to this fixture, in every block's name
 */
public record ZoningStudyFixture(SchoolYear first, SchoolYear second, String grade, String tag) {
    public static final List<String> BLOCKS = List.of("B1", "B2", "B3", "B4", "B5", "B6");

    public static ZoningStudyFixture of(ApplicationContext app) {
        SchoolYears schoolYears = app.getBean(SchoolYears.class);
        var principalSchool =
                app.getBean(UserAccounts.class).find("principal").orElseThrow().school();
        int year = schoolYears.years().stream().max(Comparator.naturalOrder()).orElseThrow();
        SchoolYear first = schoolYears.ofYear(year).stream()
                .filter(s -> s.code().equals(principalSchool))
                .findFirst()
                .orElseThrow();
        boolean primary = first.primary().hasStudents();
        SchoolYear second = schoolYears.ofYear(year, first.county().code()).stream()
                .filter(s -> !s.code().equals(first.code()) && s.ownership() != Ownership.PRIVATE)
                .filter(s -> primary ? s.primary().hasStudents() : s.junior().hasStudents())
                .findFirst()
                .orElseThrow();
        return new ZoningStudyFixture(
                first,
                second,
                primary ? "G1" : "G7",
                UUID.randomUUID().toString().substring(0, 8));
    }

    /**
     * The same study in another county than the principal's, which no other fixture uses: its two public primary
     * schools with the lowest codes.
     */
    static ZoningStudyFixture elsewhere(ApplicationContext app) {
        var here = of(app);
        SchoolYears schoolYears = app.getBean(SchoolYears.class);
        // The latest year that has such a county: a test that replaces a year with one county's file (the re-import
        // tests) leaves no other county in it.
        for (int year :
                schoolYears.years().stream().sorted(Comparator.reverseOrder()).toList()) {
            var counties = new java.util.TreeMap<String, List<SchoolYear>>();
            schoolYears.ofYear(year).stream()
                    .filter(s -> !s.county().code().equals(here.first().county().code()))
                    .filter(s ->
                            s.ownership() != Ownership.PRIVATE && s.primary().hasStudents())
                    .sorted(Comparator.comparing(s -> s.code().value()))
                    .forEach(s -> counties.computeIfAbsent(s.county().code().value(), c -> new ArrayList<>())
                            .add(s));
            var two = counties.values().stream().filter(l -> l.size() >= 2).findFirst();
            if (two.isPresent()) {
                return new ZoningStudyFixture(
                        two.get().get(0),
                        two.get().get(1),
                        "G1",
                        UUID.randomUUID().toString().substring(0, 8));
            }
        }
        throw new IllegalStateException("No year of the demo data has a second county with two public primary schools");
    }

    public int year() {
        return first.year();
    }

    public String county() {
        return first.county().code().value();
    }

    /** The name of block {@code id}. */
    public String name(String id) {
        return "青园" + tag + "小区" + id;
    }

    String blocks(int children) {
        StringBuilder text = new StringBuilder("year,county_code,block_id,block_name,latitude,longitude");
        for (int age = 0; age <= 12; age++) {
            text.append(",children_age_").append(age);
        }
        text.append('\n');
        for (int i = 0; i < BLOCKS.size(); i++) {
            double lat = 36.0 - (i / 3) * 0.01;
            double lon = 120.0 + (i % 3) * 0.01;
            text.append(
                    year() + "," + county() + "," + BLOCKS.get(i) + "," + name(BLOCKS.get(i)) + "," + lat + "," + lon);
            for (int age = 0; age <= 12; age++) {
                text.append(',').append(children);
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** {@link #blocks} without positions: the polygons give them. */
    String blocksWithoutPositions(int children) {
        return blocks(children).replaceAll(",3[56]\\.[0-9]+,120\\.[0-9]+,", ",,,");
    }

    /**
     * The blocks as GeoJSON squares of 0.01° around their points, neighbours sharing an edge exactly (the same
     * positions written the same way), so that the polygons give the grid's adjacency and the points as centroids.
     */
    String polygons() {
        StringBuilder text = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < BLOCKS.size(); i++) {
            int row = i / 3;
            int col = i % 3;
            String west = edge(119995 + col * 10);
            String east = edge(119995 + (col + 1) * 10);
            String north = edge(36005 - row * 10);
            String south = edge(36005 - (row + 1) * 10);
            text.append(i == 0 ? "" : ",")
                    .append("{\"type\":\"Feature\",\"properties\":{\"block_id\":\"")
                    .append(BLOCKS.get(i))
                    .append("\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[")
                    .append(west)
                    .append(',')
                    .append(south)
                    .append("],[")
                    .append(east)
                    .append(',')
                    .append(south)
                    .append("],[")
                    .append(east)
                    .append(',')
                    .append(north)
                    .append("],[")
                    .append(west)
                    .append(',')
                    .append(north)
                    .append("],[")
                    .append(west)
                    .append(',')
                    .append(south)
                    .append("]]]}}");
        }
        return text.append("]}").toString();
    }

    private static String edge(int thousandths) {
        return thousandths / 1000 + "." + String.format("%03d", thousandths % 1000);
    }

    /** The grid's pairs; {@code extra} appended as one more row (e.g. a pair naming an unknown block). */
    String adjacency(String extra) {
        return "block_id,neighbour_id\nB1,B2\nB2,B3\nB4,B5\nB5,B6\nB1,B4\nB2,B5\nB3,B6\n" + extra;
    }

    String seats(int seats, String firstBlock) {
        return "year,county_code,school_code,entry_grade,seats,block_id\n"
                + year() + "," + county() + "," + first.code().value() + "," + grade + "," + seats + "," + firstBlock
                + "\n" + year() + "," + county() + "," + second.code().value() + "," + grade + "," + seats + ",B6\n";
    }

    String zones() {
        return "year,county_code,entry_grade,zone_id,school_code\n"
                + year() + "," + county() + "," + grade + ",ZA," + first.code().value() + "\n"
                + year() + "," + county() + "," + grade + ",ZB," + second.code().value() + "\n";
    }

    String blockZones() {
        StringBuilder text = new StringBuilder("year,county_code,entry_grade,block_id,zone_id\n");
        for (int i = 0; i < BLOCKS.size(); i++) {
            text.append(
                    year() + "," + county() + "," + grade + "," + BLOCKS.get(i) + "," + (i < 3 ? "ZA" : "ZB") + "\n");
        }
        return text.toString();
    }

    /** The form's fields. */
    Map<String, String> fields() {
        return Map.of("county", county(), "year", Integer.toString(year()), "entryGrade", grade);
    }

    /** The uploads: {@code children} per age and block, {@code seats} per school, {@code extra} adjacency row. */
    List<PageSession.FilePart> files(int children, int seats, String extraAdjacency, String firstBlock) {
        List<PageSession.FilePart> files = new ArrayList<>();
        files.add(part("blocks", blocks(children)));
        files.add(part("adjacency", adjacency(extraAdjacency)));
        files.add(part("seats", seats(seats, firstBlock)));
        files.add(part("zones", zones()));
        files.add(part("block_zones", blockZones()));
        return files;
    }

    /** The good uploads: 10 children per age and block, 40 seats per school (60 entrants a year for 80 seats). */
    public List<PageSession.FilePart> files() {
        return files(10, 40, "", "B1");
    }

    private static PageSession.FilePart part(String name, String text) {
        return new PageSession.FilePart(name, name + ".csv", text.getBytes(StandardCharsets.UTF_8));
    }

    /** The API request creating a study of {@code files} as {@code user}. */
    HttpRequest create(Api api, String user, List<PageSession.FilePart> files) {
        String boundary = "----zoning" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields());
        all.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        for (PageSession.FilePart file : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.part()
                            + "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: text/csv\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String token = Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(api.uri("/api/v1/zoning-studies"))
                .header("Authorization", "Basic " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
    }
}
