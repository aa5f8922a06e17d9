/** A format-neutral report model: sheets of titled tables whose cells are text, rounded numbers or blanks. */
@NullMarked
package org.edubalance.report.model;

import org.jspecify.annotations.NullMarked;
