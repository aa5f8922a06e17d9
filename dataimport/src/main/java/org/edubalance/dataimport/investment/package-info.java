/** Reading the investment planner's costs file (docs/planning/investment.md §2). */
@NullMarked
package org.edubalance.dataimport.investment;

import org.jspecify.annotations.NullMarked;
