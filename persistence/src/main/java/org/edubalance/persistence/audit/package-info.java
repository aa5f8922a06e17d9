/** The append-only audit log. */
@NullMarked
package org.edubalance.persistence.audit;

import org.jspecify.annotations.NullMarked;
