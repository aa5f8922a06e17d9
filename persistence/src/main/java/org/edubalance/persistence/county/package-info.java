/** County-level inputs per county and year. */
@NullMarked
package org.edubalance.persistence.county;

import org.jspecify.annotations.NullMarked;
