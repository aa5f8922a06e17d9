/**
 * The demo's planning files written in the public formats, shared by {@code edubalance demo} and the platform's demo
 * seeding so both hand out the same bytes for the same seed.
 */
@NullMarked
package org.edubalance.dataimport.demo;

import org.jspecify.annotations.NullMarked;
