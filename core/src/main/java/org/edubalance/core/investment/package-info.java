/**
 * Investment to the standard (达标投入规划, docs/planning/investment.md): the costs of the actions that raise a school's
 * indicators, and the arithmetic of applying them to a school's figures, free of files and frameworks.
 */
@NullMarked
package org.edubalance.core.investment;

import org.jspecify.annotations.NullMarked;
