/** The {@code serve} command: starts the web platform. */
@NullMarked
package org.edubalance.cli.serve;

import org.jspecify.annotations.NullMarked;
