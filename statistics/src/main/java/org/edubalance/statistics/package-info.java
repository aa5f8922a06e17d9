/** Inequality and descriptive statistics over enrolment-weighted samples; JDK only. */
@NullMarked
package org.edubalance.statistics;

import org.jspecify.annotations.NullMarked;
