/**
 * School groups (集团化办学, docs/planning/groups.md): the bureau names the core schools, every other school segment
 * joins one core's group within the distance limit, group sizes within bounds and each group's mean strength at least
 * the policy's floor; the most segments placed, then the least total distance, on HiGHS. With its independent checker
 * and its JSON document.
 */
@NullMarked
package org.edubalance.planning.groups;

import org.jspecify.annotations.NullMarked;
