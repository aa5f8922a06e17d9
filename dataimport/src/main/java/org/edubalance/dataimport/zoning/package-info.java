/**
 * The zoning files (docs/planning/zoning.md §1): {@code blocks.csv}, {@code adjacency.csv}, {@code block_zones.csv}
 * (CSV or the first sheet of an XLSX, located errors like every planning file) and a GeoJSON of block polygons, from
 * which shared-boundary adjacency and centroids are computed.
 */
@NullMarked
package org.edubalance.dataimport.zoning;

import org.jspecify.annotations.NullMarked;
