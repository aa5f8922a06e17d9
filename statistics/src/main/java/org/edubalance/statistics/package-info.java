/** Validated, immutable inputs of the JDK-only statistics module: enrolment-weighted samples. */
@NullMarked
package org.edubalance.statistics;

import org.jspecify.annotations.NullMarked;
