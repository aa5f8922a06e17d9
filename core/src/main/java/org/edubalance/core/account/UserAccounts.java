package org.edubalance.core.account;

import java.util.List;
import java.util.Optional;

/** Port: the platform's accounts (implemented by the persistence module). */
public interface UserAccounts {

    /** Adds {@code account}; its username must be new. */
    void add(UserAccount account);

    /** Replaces the account of the same username. */
    void update(UserAccount account);

    Optional<UserAccount> find(String username);

    /** Every account by username. */
    List<UserAccount> all();

    /** How many accounts exist. */
    long count();
}
