/** Loading the demo city and demo accounts into an empty platform. */
@NullMarked
package org.edubalance.app.demo;

import org.jspecify.annotations.NullMarked;
