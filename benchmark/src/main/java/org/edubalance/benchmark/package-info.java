/** JMH micro-benchmarks of the statistics kernels; run with benchmark/run-jmh.sh, never by the tests. */
@NullMarked
package org.edubalance.benchmark;

import org.jspecify.annotations.NullMarked;
