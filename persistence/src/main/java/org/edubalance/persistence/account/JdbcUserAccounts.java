package org.edubalance.persistence.account;

import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.edubalance.core.account.Role;
import org.edubalance.core.account.UserAccount;
import org.edubalance.core.account.UserAccounts;
import org.edubalance.core.school.SchoolCode;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link UserAccounts} in the {@code user_account} table. */
public final class JdbcUserAccounts implements UserAccounts {
    private static final RowMapper<UserAccount> ROW = (rs, n) -> {
        String school = rs.getString("school_code");
        return new UserAccount(
                rs.getString("username"),
                rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")),
                school == null ? null : new SchoolCode(school),
                rs.getBoolean("enabled"),
                rs.getBoolean("must_change_password"));
    };

    private final JdbcClient jdbc;

    public JdbcUserAccounts(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void add(UserAccount account) {
        bind(
                "insert into user_account (username, password_hash, role, school_code, enabled, must_change_password)"
                        + " values (:username, :hash, :role, :school, :enabled, :mustChange)",
                account);
    }

    @Override
    public void update(UserAccount account) {
        int updated = bind(
                "update user_account set password_hash = :hash, role = :role, school_code = :school,"
                        + " enabled = :enabled, must_change_password = :mustChange where username = :username",
                account);
        if (updated != 1) {
            throw new IllegalArgumentException("No account named '" + account.username() + "'");
        }
    }

    private int bind(String sql, UserAccount account) {
        SchoolCode school = account.school();
        return jdbc.sql(sql)
                .param("username", account.username())
                .param("hash", account.passwordHash())
                .param("role", account.role().name())
                .param("school", school == null ? null : school.value())
                .param("enabled", account.enabled())
                .param("mustChange", account.mustChangePassword())
                .update();
    }

    @Override
    public Optional<UserAccount> find(String username) {
        return jdbc.sql("select * from user_account where username = :username")
                .param("username", username)
                .query(ROW)
                .optional();
    }

    @Override
    public List<UserAccount> all() {
        return jdbc.sql("select * from user_account order by username")
                .query(ROW)
                .list();
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from user_account").query(Long.class).single();
    }
}
