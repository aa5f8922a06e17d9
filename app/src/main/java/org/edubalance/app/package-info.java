/**
 * The web platform: pages and the REST API over the evaluation engine, with storage, security and demo seeding. Split
 * by feature; {@code config} wires the core, persistence and report modules.
 */
@NullMarked
package org.edubalance.app;

import org.jspecify.annotations.NullMarked;
