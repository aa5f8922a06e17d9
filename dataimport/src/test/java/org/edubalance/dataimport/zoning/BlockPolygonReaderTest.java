package org.edubalance.dataimport.zoning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.zoning.Block;
import org.edubalance.core.zoning.BlockAdjacency.Pair;
import org.edubalance.dataimport.ImportIssue;
import org.edubalance.dataimport.ImportIssueCode;
import org.edubalance.dataimport.ImportRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The block GeoJSON on a hand-drawn 3 × 3 grid of squares 0.01° wide, the lower-left corner of square (column c, row r)
 * at longitude 117 + 0.01c, latitude 36 + 0.01r, block id "R{r}C{c}":
 *
 * <pre>
 *   R2C0 R2C1 R2C2
 *   R1C0 R1C1 R1C2
 *   R0C0 R0C1 R0C2
 * </pre>
 *
 * By hand: 6 pairs side by side in the rows and 6 above one another in the columns, 12 in all; squares meeting at a
 * corner only (R0C0 and R1C1) are not neighbours; the centroid of R{r}C{c} is (36.005 + 0.01r, 117.005 + 0.01c).
 */
class BlockPolygonReaderTest {
    @TempDir
    Path dir;

    private static String square(int r, int c) {
        // Written as exact decimals, as a GIS writes a shared vertex: the same text in both squares.
        String x0 = "117.0" + c;
        String x1 = "117.0" + (c + 1);
        String y0 = "36.0" + r;
        String y1 = "36.0" + (r + 1);
        return String.format(
                Locale.ROOT,
                "{\"type\":\"Feature\",\"properties\":{\"block_id\":\"R%dC%d\",\"block_name\":\"小区%d%d\"},"
                        + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}}",
                r,
                c,
                r,
                c,
                x0,
                y0,
                x1,
                y0,
                x1,
                y1,
                x0,
                y1,
                x0,
                y0);
    }

    private Path collection(List<String> features) throws IOException {
        Path file = dir.resolve("blocks.geojson");
        Files.writeString(
                file,
                "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}",
                StandardCharsets.UTF_8);
        return file;
    }

    private Path grid() throws IOException {
        List<String> features = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                features.add(square(r, c));
            }
        }
        return collection(features);
    }

    @Test
    void squaresSharingASideAreNeighboursCornersAreNot() throws IOException {
        BlockPolygons polygons = new BlockPolygonReader().read(grid());
        assertThat(polygons.adjacency().pairs())
                .containsExactlyInAnyOrder(
                        new Pair("R0C0", "R0C1"), new Pair("R0C1", "R0C2"),
                        new Pair("R1C0", "R1C1"), new Pair("R1C1", "R1C2"),
                        new Pair("R2C0", "R2C1"), new Pair("R2C1", "R2C2"),
                        new Pair("R0C0", "R1C0"), new Pair("R1C0", "R2C0"),
                        new Pair("R0C1", "R1C1"), new Pair("R1C1", "R2C1"),
                        new Pair("R0C2", "R1C2"), new Pair("R1C2", "R2C2"));
        assertThat(polygons.adjacency().touch("R0C0", "R1C1")).isFalse();
        assertThat(polygons.adjacency().touch("R0C2", "R1C1")).isFalse();
        assertThat(polygons.adjacency().neighbours("R1C1")).containsExactly("R0C1", "R1C0", "R1C2", "R2C1");
        assertThat(polygons.names()).containsEntry("R1C2", "小区12");
    }

    @Test
    void aCityOfTenThousandBlocksHasEveryGridSide() throws IOException {
        // 100 × 100 squares of 0.001° (about 100 m): 100 rows of 99 sides plus 100 columns of 99 = 19,800 pairs.
        List<String> features = new ArrayList<>();
        for (int r = 0; r < 100; r++) {
            for (int c = 0; c < 100; c++) {
                String x0 = String.format(Locale.ROOT, "117.%03d", c);
                String x1 = String.format(Locale.ROOT, "117.%03d", c + 1);
                String y0 = String.format(Locale.ROOT, "36.%03d", r);
                String y1 = String.format(Locale.ROOT, "36.%03d", r + 1);
                features.add(String.format(
                        Locale.ROOT,
                        "{\"type\":\"Feature\",\"properties\":{\"block_id\":%d},\"geometry\":{\"type\":\"Polygon\","
                                + "\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}}",
                        r * 100 + c,
                        x0,
                        y0,
                        x1,
                        y0,
                        x1,
                        y1,
                        x0,
                        y1,
                        x0,
                        y0));
            }
        }
        BlockPolygons polygons = new BlockPolygonReader().read(collection(features));
        assertThat(polygons.ids()).hasSize(10_000);
        assertThat(polygons.adjacency().pairCount()).isEqualTo(19_800);
        assertThat(polygons.adjacency().neighbours("5050")).containsExactlyInAnyOrder("4950", "5049", "5051", "5150");
    }

    @Test
    void centroidsAreTheSquaresCentres() throws IOException {
        BlockPolygons polygons = new BlockPolygonReader().read(grid());
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                GeoPoint centroid = polygons.centroids().get("R" + r + "C" + c);
                assertThat(centroid.latitude()).isCloseTo(36.005 + 0.01 * r, within(1e-9));
                assertThat(centroid.longitude()).isCloseTo(117.005 + 0.01 * c, within(1e-9));
            }
        }
        // A block without position or name takes its polygon's; what the file gives is kept.
        List<Integer> none = java.util.Collections.nCopies(13, 0);
        List<Block> placed = polygons.placed(
                List.of(new Block("R0C0", "R0C0", null, none), new Block("R0C1", "b", new GeoPoint(1, 2), none)));
        assertThat(placed.get(0).position().latitude()).isCloseTo(36.005, within(1e-9));
        assertThat(placed.get(0).name()).isEqualTo("小区00");
        assertThat(placed.get(1).position()).isEqualTo(new GeoPoint(1, 2));
        assertThat(placed.get(1).name()).isEqualTo("b");
    }

    @Test
    void aMultiPolygonTouchesThroughAnyOfItsParts() throws IOException {
        // M is two squares: one left of R0C0, one right of R2C2; it touches both, and nothing else.
        String multi =
                "{\"type\":\"Feature\",\"properties\":{\"block_id\":\"M\"},\"geometry\":{\"type\":\"MultiPolygon\","
                        + "\"coordinates\":[[[[116.99,36],[117,36],[117,36.01],[116.99,36.01],[116.99,36]]],"
                        + "[[[117.03,36.02],[117.04,36.02],[117.04,36.03],[117.03,36.03],[117.03,36.02]]]]}}";
        BlockPolygons polygons = new BlockPolygonReader().read(collection(List.of(square(0, 0), square(2, 2), multi)));
        assertThat(polygons.adjacency().neighbours("M")).containsExactly("R0C0", "R2C2");
    }

    @Test
    void imp206ABowTiePolygonIsLocatedByFeatureAndBlock() throws IOException {
        String bowTie = "{\"type\":\"Feature\",\"properties\":{\"block_id\":\"X\"},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[117,36],[117.01,36.01],[117.01,36],[117,36.01],[117,36]]]}}";
        var e = catchThrowableOfType(
                ImportRejectedException.class,
                () -> new BlockPolygonReader().read(collection(List.of(square(0, 0), bowTie))));
        assertThat(e.report().errors())
                .singleElement()
                .extracting(ImportIssue::row, ImportIssue::column, ImportIssue::value, ImportIssue::code)
                .containsExactly(2L, "features[1].geometry", "X", ImportIssueCode.IMP_206);
    }

    @Test
    void imp206APointIsNotABlock() throws IOException {
        String point = "{\"type\":\"Feature\",\"properties\":{\"block_id\":\"P\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[117,36]}}";
        var e = catchThrowableOfType(
                ImportRejectedException.class, () -> new BlockPolygonReader().read(collection(List.of(point))));
        assertThat(e.report().errors())
                .singleElement()
                .extracting(ImportIssue::row, ImportIssue::value, ImportIssue::code)
                .containsExactly(1L, "P", ImportIssueCode.IMP_206);
    }

    @Test
    void imp207ABlockIdMissingOrGivenTwice() throws IOException {
        String noId = square(1, 1).replace("\"block_id\":\"R1C1\",", "");
        var e = catchThrowableOfType(
                ImportRejectedException.class,
                () -> new BlockPolygonReader().read(collection(List.of(square(0, 0), square(0, 0), noId))));
        assertThat(e.report().errors())
                .extracting(ImportIssue::row, ImportIssue::column, ImportIssue::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                2L, "features[1].properties.block_id", ImportIssueCode.IMP_207),
                        org.assertj.core.groups.Tuple.tuple(
                                3L, "features[2].properties.block_id", ImportIssueCode.IMP_207));
    }

    @Test
    void aFileThatIsNoFeatureCollectionIsRefused() throws IOException {
        Path file = dir.resolve("x.geojson");
        Files.writeString(file, "{\"type\":\"Feature\"}");
        var e = catchThrowableOfType(ImportRejectedException.class, () -> new BlockPolygonReader().read(file));
        assertThat(e.report().errors())
                .singleElement()
                .extracting(ImportIssue::code)
                .isEqualTo(ImportIssueCode.IMP_004);
    }
}
