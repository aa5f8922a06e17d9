/** User accounts. */
@NullMarked
package org.edubalance.persistence.account;

import org.jspecify.annotations.NullMarked;
