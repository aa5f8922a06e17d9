/** The teacher rosters in PostgreSQL. */
@NullMarked
package org.edubalance.persistence.staff;

import org.jspecify.annotations.NullMarked;
