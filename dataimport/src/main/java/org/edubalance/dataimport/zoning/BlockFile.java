package org.edubalance.dataimport.zoning;

import java.util.List;
import java.util.TreeSet;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.zoning.Block;
import org.edubalance.dataimport.ImportReport;

/**
 * {@code blocks.csv} read and checked: every row with its row number, and the warnings. The file may hold several
 * years and counties; {@link #blocks} selects one.
 *
 * @param rows every row, in file order
 * @param report the warnings (unknown columns)
 */
public record BlockFile(List<BlockRow> rows, ImportReport report) {

    public BlockFile {
        rows = List.copyOf(rows);
    }

    /** A row of {@code blocks.csv}. */
    public record BlockRow(long row, int year, RegionCode county, Block block) {}

    /** The years the file holds, ascending. */
    public TreeSet<Integer> years() {
        var years = new TreeSet<Integer>();
        rows.forEach(r -> years.add(r.year()));
        return years;
    }

    /** The counties of {@code year}, ascending. */
    public TreeSet<String> counties(int year) {
        var counties = new TreeSet<String>();
        rows.stream()
                .filter(r -> r.year() == year)
                .forEach(r -> counties.add(r.county().value()));
        return counties;
    }

    /** The blocks of one year and county, in file order. */
    public List<Block> blocks(int year, RegionCode county) {
        return rows.stream()
                .filter(r -> r.year() == year && r.county().equals(county))
                .map(BlockRow::block)
                .toList();
    }
}
