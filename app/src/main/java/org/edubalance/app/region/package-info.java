/** The region hierarchy API. */
@NullMarked
package org.edubalance.app.region;

import org.jspecify.annotations.NullMarked;
