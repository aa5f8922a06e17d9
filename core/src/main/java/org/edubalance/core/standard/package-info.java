/**
 * Standards as data: rule packs (national 2012 / 2017 methods and provincial variants) read from JSON files
 * into immutable records. No threshold, scope rule or split weight lives in code.
 */
@NullMarked
package org.edubalance.core.standard;

import org.jspecify.annotations.NullMarked;
