/** Errors (JSON with stable codes for the API, HTML pages for the pages) and what a request's person may open. */
@NullMarked
package org.edubalance.app.web;

import org.jspecify.annotations.NullMarked;
