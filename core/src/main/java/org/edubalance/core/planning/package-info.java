/**
 * The stored planning jobs of every planner kind (rotation, admission, quota, …): their requests, lifecycle, claims by
 * a platform instance, progress, result documents and outcomes (docs/planning/jobs.md). The port is implemented by
 * the persistence module; what a kind's request and result hold is the kind's own business.
 */
@NullMarked
package org.edubalance.core.planning;

import org.jspecify.annotations.NullMarked;
