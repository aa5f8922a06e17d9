/** The framework-free heart of EduBalance: schools, standards as data, indicators and evaluation. */
@NullMarked
package org.edubalance.core;

import org.jspecify.annotations.NullMarked;
