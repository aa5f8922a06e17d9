/** The region hierarchy table. */
@NullMarked
package org.edubalance.persistence.region;

import org.jspecify.annotations.NullMarked;
