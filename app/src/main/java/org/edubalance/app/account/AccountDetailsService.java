package org.edubalance.app.account;

import org.edubalance.core.account.UserAccounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for sign-in (form and HTTP Basic) from the stored accounts. */
@Service
final class AccountDetailsService implements UserDetailsService {
    private final UserAccounts accounts;

    AccountDetailsService(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.find(username)
                .map(AccountDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
    }
}
