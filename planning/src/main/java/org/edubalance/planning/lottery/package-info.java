/**
 * The verifiable lottery {@code edubalance-lottery-v1} (docs/planning/lottery.md): input hashes, the commit published
 * before the draw, the seed from the commit and a public value nobody knew in advance, and each child's number as an
 * HMAC of the seed. Anyone holding the published files recomputes every number; the repository's Python verifier
 * does so independently.
 */
@NullMarked
package org.edubalance.planning.lottery;

import org.jspecify.annotations.NullMarked;
