/** Enrolment rounds: an admission or entrance-exam round from its frozen input files to the published draw. */
@NullMarked
package org.edubalance.core.enrolment;

import org.jspecify.annotations.NullMarked;
