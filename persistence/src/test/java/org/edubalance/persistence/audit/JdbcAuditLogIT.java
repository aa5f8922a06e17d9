package org.edubalance.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.edubalance.core.account.Role;
import org.edubalance.core.account.UserAccount;
import org.edubalance.core.audit.AuditEntry;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.persistence.TestDatabase;
import org.edubalance.persistence.account.JdbcUserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcAuditLogIT {
    private final JdbcAuditLog log = new JdbcAuditLog(TestDatabase.dataSource());

    @Test
    void keepsOldAndNewValuesAsJson() {
        Instant at = Instant.parse("2026-01-02T03:04:05Z");
        log.append(new AuditEntry(at, "planner", "school_year", "X1/2025", "UPDATE", "{\"a\": 1}", "{\"a\": 2}"));

        assertThat(log.of("school_year", "X1/2025"))
                .containsExactly(
                        new AuditEntry(at, "planner", "school_year", "X1/2025", "UPDATE", "{\"a\": 1}", "{\"a\": 2}"));
        assertThat(log.recent(1).getFirst().at()).isEqualTo(at.truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void storesAccountsWithTheirRoleAndSchool() {
        JdbcClient.create(TestDatabase.dataSource())
                .sql("delete from user_account")
                .update();
        var accounts = new JdbcUserAccounts(TestDatabase.dataSource());
        var principal = new UserAccount("p", "{bcrypt}x", Role.PRINCIPAL, new SchoolCode("S1"), true);
        accounts.add(principal);
        accounts.update(new UserAccount("p", "{bcrypt}y", Role.PRINCIPAL, new SchoolCode("S1"), false));

        assertThat(accounts.find("p")).hasValueSatisfying(a -> {
            assertThat(a.passwordHash()).isEqualTo("{bcrypt}y");
            assertThat(a.enabled()).isFalse();
        });
        assertThat(accounts.count()).isEqualTo(1);
    }
}
