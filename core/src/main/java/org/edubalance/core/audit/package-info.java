/** The audit log: who changed what, when, from which value to which. */
@NullMarked
package org.edubalance.core.audit;

import org.jspecify.annotations.NullMarked;
