/**
 * The public lottery on the command line (docs/planning/lottery.md): the commit of a round's inputs before the draw
 * and the verification of a published result from the same files and the public value.
 */
@NullMarked
package org.edubalance.cli.lottery;

import org.jspecify.annotations.NullMarked;
