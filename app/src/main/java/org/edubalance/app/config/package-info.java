/** Wiring: the database (embedded or external), the core ports' adapters, security, locale and OpenAPI. */
@NullMarked
package org.edubalance.app.config;

import org.jspecify.annotations.NullMarked;
