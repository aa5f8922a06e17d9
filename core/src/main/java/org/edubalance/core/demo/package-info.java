/** Deterministic synthetic demo data (schools, several school years, county inputs), labelled as such. */
@NullMarked
package org.edubalance.core.demo;

import org.jspecify.annotations.NullMarked;
