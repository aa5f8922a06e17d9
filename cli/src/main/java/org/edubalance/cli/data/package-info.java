/**
 * What the commands that evaluate share: the data options, the import of the school and county-inputs files, the
 * county and year selection, and the gap analyses per county.
 */
@NullMarked
package org.edubalance.cli.data;

import org.jspecify.annotations.NullMarked;
