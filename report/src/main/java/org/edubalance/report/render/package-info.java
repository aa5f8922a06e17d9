/** Renders report models to files; the only package that may import Apache POI. */
@NullMarked
package org.edubalance.report.render;

import org.jspecify.annotations.NullMarked;
