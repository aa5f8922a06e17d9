/** The {@code template} command: the Excel template of the school file. */
@NullMarked
package org.edubalance.cli.template;

import org.jspecify.annotations.NullMarked;
