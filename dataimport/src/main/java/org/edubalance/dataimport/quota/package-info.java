/**
 * Importers of the entrance-exam admission's files (docs/planning/quota.md §1): {@code high_schools.csv} and {@code
 * candidates.csv}, CSV or XLSX, with English ids or Chinese labels as headers and every rule located; and the quota
 * policy reader lives in {@code dataimport.policy}.
 */
@NullMarked
package org.edubalance.dataimport.quota;

import org.jspecify.annotations.NullMarked;
