/** Policy files (YAML) for the planners: the shipped rules and a county's own overrides. */
@NullMarked
package org.edubalance.dataimport.policy;

import org.jspecify.annotations.NullMarked;
