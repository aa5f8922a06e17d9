/** A small load driver for the web platform: signed-in sessions requesting pages, latencies measured. */
@NullMarked
package org.edubalance.benchmark.platform;

import org.jspecify.annotations.NullMarked;
