/** The {@code evaluate} command: import school data, evaluate it against a rule pack, write text, JSON or XLSX. */
@NullMarked
package org.edubalance.cli.evaluate;

import org.jspecify.annotations.NullMarked;
