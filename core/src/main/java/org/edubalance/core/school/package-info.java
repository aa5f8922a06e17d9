/** Schools and the figures a school reports for one school year. */
@NullMarked
package org.edubalance.core.school;

import org.jspecify.annotations.NullMarked;
