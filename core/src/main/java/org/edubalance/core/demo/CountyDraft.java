package org.edubalance.core.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.edubalance.core.demo.DemoEnrolment.EntryGrade;
import org.edubalance.core.demo.DemoEnrolment.SeatPlan;
import org.edubalance.core.demo.DemoEnrolment.ZoneSchool;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolYear;

/**
 * One county's demo blocks before they get their ids (blocks are numbered over all counties): the grid cells kept, in
 * reading order from the north-west, their neighbours, kinds, names, children and zones.
 */
final class CountyDraft {
    private final RegionCode county;
    private final int year;
    private final BlockGrid grid;
    private final int[] cells;
    private final int[][] neighbours;
    private final BlockKind[] kinds;
    private final String[] names;
    private final int[][] children;
    private final Map<SchoolCode, Integer> schoolBlock = new LinkedHashMap<>();
    private final Map<EntryGrade, String[]> zones = new EnumMap<>(EntryGrade.class);

    CountyDraft(
            RegionCode county,
            List<SeatPlan> seats,
            List<ZoneSchool> zoneRows,
            Map<SchoolCode, SchoolYear> schools,
            RandomDraws draws) {
        this.county = county;
        this.year = seats.getFirst().year();
        Map<SchoolCode, SchoolYear> sites = new TreeMap<>(Comparator.comparing(SchoolCode::value));
        for (SeatPlan s : seats) {
            SchoolYear school = schools.get(s.school());
            if (school != null && school.position() != null) {
                sites.put(s.school(), school);
            }
        }
        List<BlockGrid.Site> placed = sites.values().stream()
                .map(s -> new BlockGrid.Site(s.position(), s.location()))
                .toList();
        grid = BlockGrid.lay(placed, draws);
        List<Integer> keptCells = new ArrayList<>();
        for (int r = grid.rows() - 1; r >= 0; r--) {
            for (int c = 0; c < grid.cols(); c++) {
                if (grid.kept(r, c)) {
                    keptCells.add(r * grid.cols() + c);
                }
            }
        }
        cells = keptCells.stream().mapToInt(Integer::intValue).toArray();
        Map<Integer, Integer> blockOfCell = new HashMap<>();
        for (int b = 0; b < cells.length; b++) {
            blockOfCell.put(cells[b], b);
        }
        neighbours = new int[cells.length][];
        for (int b = 0; b < cells.length; b++) {
            int r = cells[b] / grid.cols();
            int c = cells[b] % grid.cols();
            neighbours[b] = java.util.stream.Stream.of(
                            c > 0 ? blockOfCell.get(cells[b] - 1) : null,
                            c < grid.cols() - 1 ? blockOfCell.get(cells[b] + 1) : null,
                            r > 0 ? blockOfCell.get(cells[b] - grid.cols()) : null,
                            r < grid.rows() - 1 ? blockOfCell.get(cells[b] + grid.cols()) : null)
                    .filter(java.util.Objects::nonNull)
                    .mapToInt(Integer::intValue)
                    .toArray();
        }
        sites.forEach((code, school) -> schoolBlock.put(code, blockOfCell.get(grid.cellOf(school.position()))));
        kinds = kinds(sites.values());
        BlockNames namer = new BlockNames(draws);
        names = new String[cells.length];
        for (int b = 0; b < cells.length; b++) {
            names[b] = namer.next(kinds[b]);
        }
        Map<EntryGrade, BlockChildren.ZoneSeats> zoneSeats = new EnumMap<>(EntryGrade.class);
        for (EntryGrade grade : EntryGrade.values()) {
            drawZones(grade, seats, zoneRows, sites, zoneSeats);
        }
        children = BlockChildren.draw(
                kinds, growth(draws), zoneSeats.get(EntryGrade.G1), zoneSeats.get(EntryGrade.G7), draws);
    }

    int size() {
        return cells.length;
    }

    RegionCode county() {
        return county;
    }

    int year() {
        return year;
    }

    int[][] neighbours() {
        return neighbours;
    }

    String[] names() {
        return names;
    }

    int[][] children() {
        return children;
    }

    Map<SchoolCode, Integer> schoolBlock() {
        return schoolBlock;
    }

    Map<EntryGrade, String[]> zones() {
        return zones;
    }

    GeoPoint centroid(int block) {
        return BlockGenerator.rounded(centre(block));
    }

    private GeoPoint centre(int block) {
        return grid.centre(cells[block] / grid.cols(), cells[block] % grid.cols());
    }

    DemoBlocks.Shape shape(int block, String id) {
        int r = cells[block] / grid.cols();
        int c = cells[block] % grid.cols();
        return new DemoBlocks.Shape(id, grid.south(r), grid.west(c), grid.north(r), grid.east(c));
    }

    /** A block is as built-up as the most built-up school area it lies in; outside all of them it is a road block. */
    private BlockKind[] kinds(java.util.Collection<SchoolYear> schools) {
        BlockKind[] kind = new BlockKind[cells.length];
        for (int b = 0; b < cells.length; b++) {
            kind[b] = BlockKind.ROAD;
            for (SchoolYear school : schools) {
                if (grid.metres(centre(b), school.position()) <= BlockGrid.reachMetres(school.location())) {
                    BlockKind near = switch (school.location()) {
                        case URBAN -> BlockKind.URBAN;
                        case TOWN -> BlockKind.TOWN;
                        case RURAL -> BlockKind.VILLAGE;
                    };
                    kind[b] = near.ordinal() < kind[b].ordinal() ? near : kind[b];
                }
            }
        }
        return kind;
    }

    /**
     * Each block's yearly growth of its cohorts (younger by one year, this much more): new housing around three to five
     * centres in the county seat and the towns grows fast (12–24 % a year), village and road blocks empty, the rest is about steady.
     */
    private double[] growth(RandomDraws draws) {
        double[] growth = new double[cells.length];
        List<Integer> builtUp = new ArrayList<>();
        for (int b = 0; b < cells.length; b++) {
            growth[b] = switch (kinds[b]) {
                case URBAN, TOWN -> draws.uniform(-0.03, 0.03);
                case VILLAGE, ROAD -> draws.uniform(-0.07, -0.02);
            };
            if (kinds[b] == BlockKind.URBAN || kinds[b] == BlockKind.TOWN) {
                builtUp.add(b);
            }
        }
        int centres = builtUp.isEmpty() ? 0 : draws.uniformInt(3, 5);
        for (int i = 0; i < centres; i++) {
            GeoPoint centre = centre(draws.pick(builtUp));
            double reach = draws.uniform(700, 1_400);
            for (int b = 0; b < cells.length; b++) {
                if (grid.metres(centre(b), centre) <= reach) {
                    growth[b] = draws.uniform(0.12, 0.24);
                }
            }
        }
        return growth;
    }

    /** The current zones of {@code grade}, grown from the blocks of each zone's admitting schools. */
    private void drawZones(
            EntryGrade grade,
            List<SeatPlan> seats,
            List<ZoneSchool> zoneRows,
            Map<SchoolCode, SchoolYear> sites,
            Map<EntryGrade, BlockChildren.ZoneSeats> zoneSeats) {
        Map<SchoolCode, Integer> seatsOf = new HashMap<>();
        seats.stream().filter(s -> s.grade() == grade).forEach(s -> seatsOf.put(s.school(), s.seats()));
        Map<String, List<SchoolCode>> admitting = new TreeMap<>();
        for (ZoneSchool row : zoneRows) {
            if (row.grade() == grade) {
                List<SchoolCode> members = admitting.computeIfAbsent(row.zoneId(), z -> new ArrayList<>());
                if (seatsOf.getOrDefault(row.school(), 0) > 0 && schoolBlock.get(row.school()) != null) {
                    members.add(row.school());
                }
            }
        }
        admitting.values().removeIf(List::isEmpty);
        if (admitting.isEmpty()) {
            return;
        }
        List<String> zoneIds = new ArrayList<>(admitting.keySet());
        List<int[]> seedBlocks = new ArrayList<>();
        double[] zoneSeatCount = new double[zoneIds.size()];
        for (int z = 0; z < zoneIds.size(); z++) {
            List<SchoolCode> members = new ArrayList<>(admitting.get(zoneIds.get(z)));
            // The school with the most seats leads: the zone grows from it and reaches out to the others.
            members.sort(Comparator.comparing((SchoolCode s) -> -seatsOf.get(s)).thenComparing(SchoolCode::value));
            seedBlocks.add(members.stream().mapToInt(schoolBlock::get).toArray());
            zoneSeatCount[z] = members.stream().mapToInt(seatsOf::get).sum();
        }
        List<List<GeoPoint>> schoolsAt = seedBlocks.stream()
                .map(blocks ->
                        java.util.Arrays.stream(blocks).mapToObj(this::centre).toList())
                .toList();
        int[] zoneOf = new ZoneGrowth(neighbours)
                .grow(
                        seedBlocks,
                        (block, z) -> schoolsAt.get(z).stream()
                                .mapToDouble(p -> grid.metres(centre(block), p))
                                .min()
                                .orElseThrow());
        String[] ids = new String[cells.length];
        for (int b = 0; b < cells.length; b++) {
            if (zoneOf[b] < 0) {
                throw new IllegalStateException("Demo block " + b + " of " + county.value() + " has no zone");
            }
            ids[b] = zoneIds.get(zoneOf[b]);
        }
        zones.put(grade, ids);
        zoneSeats.put(grade, new BlockChildren.ZoneSeats(zoneOf, zoneSeatCount));
    }
}
