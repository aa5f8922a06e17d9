package org.edubalance.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.edubalance.core.account.Role;
import org.edubalance.core.account.UserAccount;
import org.edubalance.core.school.SchoolCode;
import org.junit.jupiter.api.Test;

class AccountDetailsTest {
    private static final SchoolCode OWN = new SchoolCode("S-OWN");
    private static final SchoolCode OTHER = new SchoolCode("S-OTHER");

    @Test
    void principalsReadAndEditOnlyTheirOwnSchool() {
        var principal = details(Role.PRINCIPAL, OWN);

        assertThat(principal.canRead(OWN)).isTrue();
        assertThat(principal.canEdit(OWN)).isTrue();
        assertThat(principal.canRead(OTHER)).isFalse();
        assertThat(principal.canEdit(OTHER)).isFalse();
    }

    @Test
    void inspectorsReadEverySchoolAndEditNone() {
        var inspector = details(Role.INSPECTOR, null);

        assertThat(inspector.canRead(OTHER)).isTrue();
        assertThat(inspector.canEdit(OTHER)).isFalse();
    }

    @Test
    void plannersAndAdministratorsEditEverySchool() {
        assertThat(details(Role.PLANNER, null).canEdit(OTHER)).isTrue();
        assertThat(details(Role.ADMIN, null).canEdit(OTHER)).isTrue();
    }

    @Test
    void theRoleIsTheAuthority() {
        assertThat(details(Role.PLANNER, null).getAuthorities())
                .extracting(Object::toString)
                .containsExactly("ROLE_PLANNER");
    }

    private static AccountDetails details(Role role, SchoolCode school) {
        return new AccountDetails(new UserAccount("someone", "{bcrypt}x", role, school, true));
    }
}
