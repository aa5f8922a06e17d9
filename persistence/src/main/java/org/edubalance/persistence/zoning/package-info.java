/** The zoning studies in PostgreSQL: {@code zoning_study}, its files, blocks and runs (V016). */
@NullMarked
package org.edubalance.persistence.zoning;

import org.jspecify.annotations.NullMarked;
