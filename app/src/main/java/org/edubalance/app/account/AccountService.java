package org.edubalance.app.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.edubalance.app.audit.AuditService;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.ErrorCode;
import org.edubalance.core.account.Role;
import org.edubalance.core.account.UserAccount;
import org.edubalance.core.account.UserAccounts;
import org.edubalance.core.school.SchoolCode;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and changing accounts; every change goes to the audit log (without the password hash).
 *
 * <p>Not final: Spring subclasses it to run its methods in transactions.
 */
@Service
public class AccountService {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** A person's own password: as long as {@link UserRequest} asks of a new account's. */
    static final int MIN_PASSWORD = 10;

    static final int MAX_PASSWORD = 200;

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final AuditService audit;

    AccountService(UserAccounts accounts, PasswordEncoder encoder, AuditService audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** A random password of 128 bits, URL-safe. */
    public static String randomPassword() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether no account exists yet. */
    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return accounts.count() == 0;
    }

    /** Creates an account; {@code actor} is who does it. */
    @Transactional
    public UserResponse create(UserRequest request, String actor) {
        return create(request, actor, false);
    }

    /**
     * Creates an account whose password is handed out (generated and shown to the administrator): its owner must
     * change it at the first sign-in.
     */
    @Transactional
    public UserResponse createHandedOut(UserRequest request, String actor) {
        return create(request, actor, true);
    }

    private UserResponse create(UserRequest request, String actor, boolean handedOut) {
        if (accounts.find(request.username()).isPresent()) {
            throw new ApiProblemException(
                    HttpStatus.CONFLICT, ErrorCode.INVALID_REQUEST, "Account " + request.username() + " exists.");
        }
        UserAccount account = account(request.username(), request.password(), request.role(), request.school(), true);
        if (handedOut) {
            account = withPasswordChangeRequired(account, true);
        }
        accounts.add(account);
        UserResponse created = UserResponse.of(account);
        audit.record(actor, "user", account.username(), "CREATE", null, created);
        return created;
    }

    /** Changes the role, school binding, enabled flag and (when given) the password of an account. */
    @Transactional
    public UserResponse update(String username, UserUpdateRequest request, String actor) {
        UserAccount before =
                accounts.find(username).orElseThrow(() -> ApiProblemException.notFound("No account " + username + "."));
        String password = request.password();
        UserAccount after = new UserAccount(
                username,
                password == null ? before.passwordHash() : encoder.encode(password),
                request.role(),
                schoolCode(request.school()),
                request.enabled(),
                before.mustChangePassword());
        accounts.update(after);
        audit.record(
                actor,
                "user",
                username,
                "UPDATE",
                UserResponse.of(before),
                Map.of("account", UserResponse.of(after), "passwordChanged", password != null));
        return UserResponse.of(after);
    }

    /** Gives {@code username} a new generated password, to be changed at the next sign-in; returns it (shown once). */
    @Transactional
    public String resetPassword(String username, String actor) {
        UserAccount before =
                accounts.find(username).orElseThrow(() -> ApiProblemException.notFound("No account " + username + "."));
        String password = randomPassword();
        accounts.update(withPasswordChangeRequired(
                new UserAccount(username, encoder.encode(password), before.role(), before.school(), before.enabled()),
                true));
        audit.record(
                actor, "user", username, "PASSWORD_RESET", UserResponse.of(before), Map.of("passwordChanged", true));
        return password;
    }

    /** Marks {@code username}'s password as handed out: it must be changed at the next sign-in. */
    @Transactional
    public void requirePasswordChange(String username) {
        UserAccount before =
                accounts.find(username).orElseThrow(() -> ApiProblemException.notFound("No account " + username + "."));
        accounts.update(withPasswordChangeRequired(before, true));
    }

    /**
     * The person's own change of their password: {@code current} must be their password now, {@code chosen} at least
     * 10 characters and different. Returns the account as stored afterwards (its other sessions end, see
     * {@link AccountGate}).
     */
    @Transactional
    public UserAccount changeOwnPassword(String username, String current, String chosen) {
        UserAccount before =
                accounts.find(username).orElseThrow(() -> ApiProblemException.notFound("No account " + username + "."));
        if (!encoder.matches(current, before.passwordHash())) {
            throw ApiProblemException.invalid("password.wrongCurrent");
        }
        if (chosen.length() < MIN_PASSWORD || chosen.length() > MAX_PASSWORD) {
            throw ApiProblemException.invalid("password.length");
        }
        if (chosen.equals(current)) {
            throw ApiProblemException.invalid("password.same");
        }
        UserAccount after = new UserAccount(
                username, encoder.encode(chosen), before.role(), before.school(), before.enabled(), false);
        accounts.update(after);
        audit.record(username, "user", username, "PASSWORD_CHANGE", null, Map.of("passwordChanged", true));
        return after;
    }

    @Transactional(readOnly = true)
    public List<UserResponse> all() {
        return accounts.all().stream().map(UserResponse::of).toList();
    }

    private UserAccount account(String username, String password, Role role, @Nullable String school, boolean on) {
        try {
            return new UserAccount(username, encoder.encode(password), role, schoolCode(school), on);
        } catch (IllegalArgumentException e) {
            throw ApiProblemException.invalid(e.getMessage());
        }
    }

    private static UserAccount withPasswordChangeRequired(UserAccount a, boolean required) {
        return new UserAccount(a.username(), a.passwordHash(), a.role(), a.school(), a.enabled(), required);
    }

    private static @Nullable SchoolCode schoolCode(@Nullable String school) {
        return school == null || school.isBlank() ? null : new SchoolCode(school);
    }
}
