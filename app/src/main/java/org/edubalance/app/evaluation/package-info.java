/** County evaluations from the stored data, their JSON shape (docs/data-formats.md §2) and exports. */
@NullMarked
package org.edubalance.app.evaluation;

import org.jspecify.annotations.NullMarked;
