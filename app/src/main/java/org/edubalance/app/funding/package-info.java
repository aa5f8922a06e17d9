/**
 * The per-student public funds formula on the platform (docs/planning/funding.md, "Platform"): a county's page with a
 * shipped or uploaded policy, each public school's allocation against its current funds, the county CV and
 * urban : town : rural ratio before and after, the rural factor swept as a chart, the 2017 funding items under both, the
 * API and the workbook.
 */
@NullMarked
package org.edubalance.app.funding;

import org.jspecify.annotations.NullMarked;
