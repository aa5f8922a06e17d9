/**
 * {@code edubalance lottery}: the commit published before a draw and the verification of a published result
 * (docs/planning/lottery.md).
 */
@NullMarked
package org.edubalance.cli.lottery;

import org.jspecify.annotations.NullMarked;
