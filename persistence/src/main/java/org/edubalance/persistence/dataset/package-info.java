/** Provenance of imported files. */
@NullMarked
package org.edubalance.persistence.dataset;

import org.jspecify.annotations.NullMarked;
