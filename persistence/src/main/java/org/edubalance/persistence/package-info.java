/**
 * PostgreSQL storage for the core's ports: explicit SQL through Spring's {@code JdbcClient}, schema by Flyway. Rows
 * are mapped by hand into core values; no core type carries a persistence annotation (docs/style.md D5).
 */
@NullMarked
package org.edubalance.persistence;

import org.jspecify.annotations.NullMarked;
