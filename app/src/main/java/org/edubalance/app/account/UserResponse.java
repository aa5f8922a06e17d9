package org.edubalance.app.account;

import org.edubalance.core.account.UserAccount;
import org.edubalance.core.school.SchoolCode;
import org.jspecify.annotations.Nullable;

/**
 * An account as administrators see it (never the password hash).
 *
 * @param username the sign-in name
 * @param role the role
 * @param school a principal's school
 * @param enabled whether it may sign in
 */
public record UserResponse(
        String username, String role, @Nullable String school, boolean enabled) {

    static UserResponse of(UserAccount account) {
        SchoolCode school = account.school();
        return new UserResponse(
                account.username(), account.role().name(), school == null ? null : school.value(), account.enabled());
    }
}
