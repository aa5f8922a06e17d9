/**
 * The planning jobs of every planner kind on the platform: one runner per instance that claims stored jobs from the
 * database, keeps their lease, writes their progress, results and audit entries, and the registry of planner kinds
 * that plug into it (docs/planning/jobs.md).
 */
@NullMarked
package org.edubalance.app.planning;

import org.jspecify.annotations.NullMarked;
