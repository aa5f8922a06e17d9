/** {@code edubalance report}: the self-evaluation report (PDF) and the national forms (XLSX) of each county. */
@NullMarked
package org.edubalance.cli.report;

import org.jspecify.annotations.NullMarked;
