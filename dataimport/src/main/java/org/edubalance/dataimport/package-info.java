/** Importing bureau data files into core types, with every rejected cell reported by file, sheet, row and column. */
@NullMarked
package org.edubalance.dataimport;

import org.jspecify.annotations.NullMarked;
