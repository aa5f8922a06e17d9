/**
 * Enrolment rounds on the platform (docs/planning/rounds.md): a county's admission round from its uploaded files,
 * through the published commit and the public value, to the published draw anyone can check without signing in.
 */
@NullMarked
package org.edubalance.app.enrolment;

import org.jspecify.annotations.NullMarked;
