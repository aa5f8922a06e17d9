/** JSON errors with stable codes for the API. */
@NullMarked
package org.edubalance.app.web;

import org.jspecify.annotations.NullMarked;
