/** The {@code plan} commands: plans a bureau can adopt, each checked independently and with its proven gap. */
@NullMarked
package org.edubalance.cli.plan;

import org.jspecify.annotations.NullMarked;
