/** The audit log as JSON documents, and its API. */
@NullMarked
package org.edubalance.app.audit;

import org.jspecify.annotations.NullMarked;
