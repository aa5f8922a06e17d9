/** The rotation planning jobs: their rotation inputs (policy, time limit, locks) over the generic planning jobs. */
@NullMarked
package org.edubalance.persistence.rotation;

import org.jspecify.annotations.NullMarked;
