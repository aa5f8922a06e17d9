/** Reading and writing plain tables of strings from CSV and XLSX files: the only package that touches file-format libraries. */
@NullMarked
package org.edubalance.dataimport.table;

import org.jspecify.annotations.NullMarked;
