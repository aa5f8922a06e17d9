/** The {@code demo} command: writes synthetic school data and county inputs, clearly labelled as such. */
@NullMarked
package org.edubalance.cli.demo;

import org.jspecify.annotations.NullMarked;
