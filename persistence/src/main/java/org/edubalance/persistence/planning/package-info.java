/** The planning jobs of every kind, their claims, leases and results in PostgreSQL (docs/planning/jobs.md). */
@NullMarked
package org.edubalance.persistence.planning;

import org.jspecify.annotations.NullMarked;
