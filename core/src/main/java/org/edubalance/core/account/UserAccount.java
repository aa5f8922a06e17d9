package org.edubalance.core.account;

import org.edubalance.core.school.SchoolCode;
import org.jspecify.annotations.Nullable;

/**
 * A person's account.
 *
 * @param username the sign-in name, unique
 * @param passwordHash the password as an adaptive hash with its algorithm prefix ({@code {bcrypt}…}); never the
 *     password
 * @param role what the person may do
 * @param school the school a principal answers for; {@code null} for the other roles
 * @param enabled whether the account may sign in
 * @param mustChangePassword whether the password was handed out (generated) and must be replaced by one of the
 *     person's own before anything else
 */
public record UserAccount(
        String username,
        String passwordHash,
        Role role,
        @Nullable SchoolCode school,
        boolean enabled,
        boolean mustChangePassword) {

    /** An account whose password is the person's own. */
    public UserAccount(String username, String passwordHash, Role role, @Nullable SchoolCode school, boolean enabled) {
        this(username, passwordHash, role, school, enabled, false);
    }

    public UserAccount {
        if (username.isBlank()) {
            throw new IllegalArgumentException("A username is not blank");
        }
        if ((role == Role.PRINCIPAL) != (school != null)) {
            throw new IllegalArgumentException("A principal, and only a principal, is bound to a school: " + username
                    + " is " + role + " with school " + school);
        }
    }
}
