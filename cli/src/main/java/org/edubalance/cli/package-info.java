/** The {@code edubalance} command line: every command but {@code serve} runs without starting a web framework. */
@NullMarked
package org.edubalance.cli;

import org.jspecify.annotations.NullMarked;
