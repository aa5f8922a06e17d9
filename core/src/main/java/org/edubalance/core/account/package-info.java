/** Accounts and roles of the people who use the platform. */
@NullMarked
package org.edubalance.core.account;

import org.jspecify.annotations.NullMarked;
