/**
 * The one JSON writer of the documents EduBalance hands out (the evaluation of {@code evaluate --format json} and the
 * planners' plan documents), so that the CLI, the planners and the API write them the same way without a JSON library.
 */
@NullMarked
package org.edubalance.core.json;

import org.jspecify.annotations.NullMarked;
