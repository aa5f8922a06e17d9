package org.edubalance.core.zoningstudy;

/**
 * One frozen input file of a zoning study, as uploaded.
 *
 * @param name what the file is: {@code schools}, {@code blocks}, {@code adjacency}, {@code polygons}, {@code seats},
 *     {@code zones} or {@code block_zones}
 * @param fileName the name it is stored and downloaded under ({@code blocks.csv}, {@code polygons.geojson} …)
 * @param content its bytes
 */
public record StudyFile(String name, String fileName, byte[] content) {
    public StudyFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
