/**
 * Zoning studies on the platform (学区划分, docs/planning/zoning.md, "Platform"): the uploads of a county's zoning files,
 * the zoning planner's runs as planning jobs, the zoning page with its map and the comparison of the current zones
 * with a proposal, approval and the zone files' export, the API and the public zone lookup.
 */
@NullMarked
package org.edubalance.app.zoning;

import org.jspecify.annotations.NullMarked;
