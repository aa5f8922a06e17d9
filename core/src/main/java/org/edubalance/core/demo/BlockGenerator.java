package org.edubalance.core.demo;

import java.util.ArrayList;
import java.util.Comparator;
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
import org.edubalance.core.zoning.Block;
import org.edubalance.core.zoning.BlockAdjacency;

/**
 * Generates the residential blocks of the demo counties that have an enrolment round (docs/planning/zoning.md, "Demo
 * blocks"): a grid of square-ish blocks 300–600 m a side over the county's schools ({@link BlockGrid}), each school of
 * the round standing in a block of its own, named like real 小区 and village groups ({@link BlockNames}), with
 * children by age 0–12 ({@link BlockChildren}), and every block in a zone of the county's zones for each grade, each
 * zone contiguous ({@link ZoneGrowth}).
 *
 * <p>Deterministic: each county draws from its own stream seeded by the generator seed and the county code. Block ids
 * are {@code B} and a serial counted over the counties in code order ({@code B0001}), unique in the whole demo.
 */
public final class BlockGenerator {
    private final long seed;

    /** A generator whose output is a function of {@code seed}, the school rows and the rounds alone. */
    public BlockGenerator(long seed) {
        this.seed = seed;
    }

    /** The blocks of every county of {@code enrolment}, whose schools are among {@code schools} (one school year). */
    public DemoBlocks generate(List<SchoolYear> schools, DemoEnrolment enrolment) {
        Map<SchoolCode, SchoolYear> byCode = new HashMap<>();
        schools.forEach(s -> byCode.put(s.code(), s));
        Map<RegionCode, List<SeatPlan>> seatsByCounty = new TreeMap<>(Comparator.comparing(RegionCode::value));
        enrolment
                .seats()
                .forEach(s -> seatsByCounty
                        .computeIfAbsent(s.county(), c -> new ArrayList<>())
                        .add(s));
        Map<RegionCode, List<ZoneSchool>> zonesByCounty = new HashMap<>();
        enrolment
                .zones()
                .forEach(z -> zonesByCounty
                        .computeIfAbsent(z.county(), c -> new ArrayList<>())
                        .add(z));
        List<CountyDraft> drafts = seatsByCounty.entrySet().parallelStream()
                .map(e -> new CountyDraft(
                        e.getKey(),
                        e.getValue(),
                        zonesByCounty.getOrDefault(e.getKey(), List.of()),
                        byCode,
                        new RandomDraws(RandomDraws.seedFor(
                                seed, Long.parseLong(e.getKey().value()) * 37 + 5))))
                .toList();
        int width = Math.max(
                4,
                Integer.toString(drafts.stream().mapToInt(CountyDraft::size).sum())
                        .length());
        List<DemoBlocks.County> counties = new ArrayList<>(drafts.size());
        int next = 1;
        for (CountyDraft draft : drafts) {
            counties.add(county(draft, next, width));
            next += draft.size();
        }
        return new DemoBlocks(counties);
    }

    private static DemoBlocks.County county(CountyDraft draft, int firstSerial, int width) {
        String[] ids = new String[draft.size()];
        for (int b = 0; b < ids.length; b++) {
            String serial = Integer.toString(firstSerial + b);
            ids[b] = "B" + "0".repeat(Math.max(0, width - serial.length())) + serial;
        }
        List<Block> blocks = new ArrayList<>(ids.length);
        List<DemoBlocks.Shape> shapes = new ArrayList<>(ids.length);
        List<BlockAdjacency.Pair> pairs = new ArrayList<>();
        for (int b = 0; b < ids.length; b++) {
            int[] children = draft.children()[b];
            blocks.add(new Block(
                    ids[b],
                    draft.names()[b],
                    draft.centroid(b),
                    java.util.Arrays.stream(children).boxed().toList()));
            shapes.add(draft.shape(b, ids[b]));
            for (int n : draft.neighbours()[b]) {
                if (b < n) {
                    pairs.add(new BlockAdjacency.Pair(ids[b], ids[n]));
                }
            }
        }
        Map<SchoolCode, String> schoolBlocks = new LinkedHashMap<>();
        draft.schoolBlock().forEach((school, b) -> schoolBlocks.put(school, ids[b]));
        Map<EntryGrade, Map<String, String>> zones = new LinkedHashMap<>();
        draft.zones().forEach((grade, zoneOf) -> {
            Map<String, String> ofBlock = new LinkedHashMap<>();
            for (int b = 0; b < ids.length; b++) {
                ofBlock.put(ids[b], zoneOf[b]);
            }
            zones.put(grade, ofBlock);
        });
        return new DemoBlocks.County(
                draft.year(), draft.county(), blocks, shapes, BlockAdjacency.of(pairs), schoolBlocks, zones);
    }

    /** A point's position rounded to six decimals, as the files write it. */
    static GeoPoint rounded(GeoPoint p) {
        return new GeoPoint(BlockGrid.round6(p.latitude()), BlockGrid.round6(p.longitude()));
    }
}
