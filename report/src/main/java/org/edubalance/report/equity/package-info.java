/** Builds the application-form report (表Ⅱ-2, 表Ⅲ and EduBalance's additional sheets) from an evaluation. */
@NullMarked
package org.edubalance.report.equity;

import org.jspecify.annotations.NullMarked;
