/**
 * Parts of pages rendered once per change of the stored data and reused (the dashboards, the home page, the school
 * filter): above the evaluation cache they are kept in, below the page controllers that use them.
 */
@NullMarked
package org.edubalance.app.rendering;

import org.jspecify.annotations.NullMarked;
