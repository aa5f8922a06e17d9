package org.edubalance.app.account;

import java.util.Collection;
import java.util.List;
import org.edubalance.core.account.Role;
import org.edubalance.core.account.UserAccount;
import org.edubalance.core.school.SchoolCode;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security sees it: the account, its role as the authority {@code ROLE_<role>}, and
 * the school-binding rules every controller applies.
 */
public final class AccountDetails implements UserDetails {
    private static final long serialVersionUID = 1L;

    private final UserAccount account;

    public AccountDetails(UserAccount account) {
        this.account = account;
    }

    public UserAccount account() {
        return account;
    }

    public Role role() {
        return account.role();
    }

    /** Principals see only their own school; everyone else sees every school. */
    public boolean canRead(SchoolCode school) {
        return readsEverySchool() || school.equals(account.school());
    }

    /** Everyone but principals reads every school. */
    public boolean readsEverySchool() {
        return account.role() != Role.PRINCIPAL;
    }

    /** Planners and administrators change every school, principals their own, inspectors none. */
    public boolean canEdit(SchoolCode school) {
        return account.role().editsEverything()
                || (account.role() == Role.PRINCIPAL && school.equals(account.school()));
    }

    /**
     * Whether {@code stored}, the account as it is now, still grants what this sign-in was granted: same role, school
     * and password, and enabled. A session whose account changed in any of these ends (see {@link AccountGate}).
     */
    public boolean grantsSameAs(UserAccount stored) {
        return stored.enabled()
                && stored.username().equals(account.username())
                && stored.passwordHash().equals(account.passwordHash())
                && stored.role() == account.role()
                && java.util.Objects.equals(stored.school(), account.school());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
    }

    @Override
    public String getPassword() {
        return account.passwordHash();
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }
}
