package org.edubalance.core.demo;

/** How built-up a demo block is, which sets how many children live there and how it is named. */
enum BlockKind {
    /** In the county seat (城关镇): 小区 of flats. */
    URBAN,
    /** Around a town centre (乡镇驻地). */
    TOWN,
    /** Around a village school. */
    VILLAGE,
    /** Along the roads between them: scattered village groups (村民小组). */
    ROAD
}
