/** Errors: JSON with stable codes for the API, HTML pages for the pages. */
@NullMarked
package org.edubalance.app.web;

import org.jspecify.annotations.NullMarked;
