/** The page shell: sign-in and the home page listing the counties. */
@NullMarked
package org.edubalance.app.home;

import org.jspecify.annotations.NullMarked;
