/** The {@code forecast} commands: what the next years hold for the schools, from the children already born. */
@NullMarked
package org.edubalance.cli.forecast;

import org.jspecify.annotations.NullMarked;
