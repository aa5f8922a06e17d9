/** School years: one row per school and year with every column of the school file. */
@NullMarked
package org.edubalance.persistence.school;

import org.jspecify.annotations.NullMarked;
