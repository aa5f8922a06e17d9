/**
 * The per-student public funds formula (生均公用经费, docs/planning/funding.md): the policy and the pure allocation
 * arithmetic, free of files and frameworks.
 */
@NullMarked
package org.edubalance.core.funding;

import org.jspecify.annotations.NullMarked;
