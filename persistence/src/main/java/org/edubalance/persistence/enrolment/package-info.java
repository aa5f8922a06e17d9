/** The enrolment rounds in SQL. */
@NullMarked
package org.edubalance.persistence.enrolment;

import org.jspecify.annotations.NullMarked;
