/** Administrative divisions (province, city, county) identified by their national division codes. */
@NullMarked
package org.edubalance.core.region;

import org.jspecify.annotations.NullMarked;
