/** The region dashboards of the city and each county: verdicts, CV charts, trends, weakest schools and the map. */
@NullMarked
package org.edubalance.app.dashboard;

import org.jspecify.annotations.NullMarked;
