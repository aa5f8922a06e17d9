package org.edubalance.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

class AccessTest {
    @Test
    void eachRoleOpensWhatTheSecurityRulesLetItOpen() {
        assertThat(Access.of(signedIn("ROLE_ADMIN"))).isEqualTo(new Access(true, true, true, true));
        assertThat(Access.of(signedIn("ROLE_PLANNER"))).isEqualTo(new Access(true, true, true, false));
        assertThat(Access.of(signedIn("ROLE_INSPECTOR"))).isEqualTo(new Access(true, true, false, false));
        assertThat(Access.of(signedIn("ROLE_PRINCIPAL"))).isEqualTo(new Access(true, false, false, false));
    }

    @Test
    void nobodySignedInOpensNothing() {
        var anonymous = new AnonymousAuthenticationToken(
                "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

        assertThat(Access.of(null)).isEqualTo(new Access(false, false, false, false));
        assertThat(Access.of(anonymous)).isEqualTo(new Access(false, false, false, false));
    }

    private static UsernamePasswordAuthenticationToken signedIn(String role) {
        return UsernamePasswordAuthenticationToken.authenticated(
                "someone",
                "n/a",
                List.of(AuthorityUtils.createAuthorityList(role).getFirst()));
    }
}
