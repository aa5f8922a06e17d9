package org.edubalance.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The password of the PostgreSQL role a data source signs in as, for a server the platform runs itself (the embedded
 * one): set it, make the server re-read its {@code pg_hba.conf}, and check that a connection without it is refused.
 */
public final class SuperuserPassword {
    private SuperuserPassword() {}

    /**
     * Sets the password of the role {@code dataSource} signs in as, stored as a SCRAM-SHA-256 verifier (never in
     * clear); the server must still let that connection in (trust) or know the old password. Failures arrive as Spring's
     * {@code DataAccessException}.
     */
    public static void set(DataSource dataSource, String password) {
        new JdbcTemplate(dataSource).execute((ConnectionCallback<Void>) c -> {
            try (Statement s = c.createStatement()) {
                s.execute("set password_encryption = 'scram-sha-256'");
                s.execute(alterRole(c, password));
            }
            return null;
        });
    }

    /**
     * Makes the server re-read its configuration files ({@code pg_hba.conf} included); connections opened afterwards
     * are authenticated by the new rules. The server applies them shortly after this returns, not at once.
     */
    public static void reloadServerConfiguration(DataSource dataSource) {
        new JdbcTemplate(dataSource).execute("select pg_reload_conf()");
    }

    /** Whether the server refuses {@code withoutPassword}, a data source that sends no password. */
    public static boolean isRequired(DataSource withoutPassword) {
        try (Connection c = withoutPassword.getConnection()) {
            return !c.isValid(1);
        } catch (SQLException refused) {
            return true;
        }
    }

    /** The statement that sets the password; the server quotes the literal itself (format's %L), whatever it holds. */
    private static String alterRole(Connection c, String password) throws SQLException {
        try (PreparedStatement quote = c.prepareStatement("select format('alter role current_user password %L', ?)")) {
            quote.setString(1, password);
            try (ResultSet rows = quote.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
