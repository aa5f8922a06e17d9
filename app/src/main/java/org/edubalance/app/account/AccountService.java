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

/** Creating and changing accounts; every change goes to the audit log (without the password hash). *
 * <p>Not final: Spring subclasses it to run its methods in transactions.
 */
@Service
public class AccountService {
    private static final SecureRandom RANDOM = new SecureRandom();

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
        if (accounts.find(request.username()).isPresent()) {
            throw new ApiProblemException(
                    HttpStatus.CONFLICT, ErrorCode.INVALID_REQUEST, "Account " + request.username() + " exists.");
        }
        UserAccount account = account(request.username(), request.password(), request.role(), request.school(), true);
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
                request.enabled());
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

    private static @Nullable SchoolCode schoolCode(@Nullable String school) {
        return school == null || school.isBlank() ? null : new SchoolCode(school);
    }
}
