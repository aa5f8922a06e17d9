/** Accounts, sign-in and the rules of who may change what. */
@NullMarked
package org.edubalance.app.account;

import org.jspecify.annotations.NullMarked;
