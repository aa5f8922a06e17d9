/** The rotation planning jobs, their locks and results in PostgreSQL. */
@NullMarked
package org.edubalance.persistence.rotation;

import org.jspecify.annotations.NullMarked;
