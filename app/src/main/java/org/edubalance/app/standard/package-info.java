/** The standards page and the choice of rule pack that every page evaluates with. */
@NullMarked
package org.edubalance.app.standard;

import org.jspecify.annotations.NullMarked;
