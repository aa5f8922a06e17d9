/** Uploading school and county-input files: all-or-nothing import with provenance. */
@NullMarked
package org.edubalance.app.dataimport;

import org.jspecify.annotations.NullMarked;
