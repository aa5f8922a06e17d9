/**
 * The funding formula over a county (docs/planning/funding.md): each public school's allocation against its current
 * public funds, and the county's spread (CV) and urban : town : rural ratio of funds per student before and after.
 */
@NullMarked
package org.edubalance.planning.funding;

import org.jspecify.annotations.NullMarked;
