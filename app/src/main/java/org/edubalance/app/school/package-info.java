/** Schools and their yearly records: lists, one school, validated edits. */
@NullMarked
package org.edubalance.app.school;

import org.jspecify.annotations.NullMarked;
