/** Weighted descriptive statistics (mean, standard deviation) of a {@link org.edubalance.statistics.WeightedSample}. */
@NullMarked
package org.edubalance.statistics.descriptive;

import org.jspecify.annotations.NullMarked;
