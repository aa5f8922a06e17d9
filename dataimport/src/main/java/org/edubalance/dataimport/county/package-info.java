/** The county-inputs file (county_code, year, input, value, source): its importer and a CSV writer. */
@NullMarked
package org.edubalance.dataimport.county;

import org.jspecify.annotations.NullMarked;
