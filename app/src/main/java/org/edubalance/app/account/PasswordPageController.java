package org.edubalance.app.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.core.account.UserAccount;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Everyone's own password: the current one, the new one twice. A handed-out password (generated for a new account,
 * a reset, or the first administrator in production) leads here until it is changed. The session that changes the
 * password stays signed in with the new one; the account's other sessions end.
 */
@Controller
final class PasswordPageController {
    static final String PATH = "/account/password";

    private final AccountService accounts;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    PasswordPageController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping(PATH)
    String form(@AuthenticationPrincipal AccountDetails user, Model model) {
        model.addAttribute("required", user.account().mustChangePassword());
        return "account/password";
    }

    @PostMapping(PATH)
    String change(
            @RequestParam String current,
            @RequestParam String password,
            @RequestParam String repeat,
            @AuthenticationPrincipal AccountDetails user,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!password.equals(repeat)) {
            redirect.addFlashAttribute("problem", "password.repeat.differs");
            return "redirect:" + PATH;
        }
        UserAccount changed;
        try {
            changed = accounts.changeOwnPassword(user.getUsername(), current, password);
        } catch (ApiProblemException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:" + PATH;
        }
        // This session goes on with the account as it is now (a new session id, as after a sign-in); the gate ends
        // every other session of the account, whose password no longer matches.
        request.changeSessionId();
        AccountDetails now = new AccountDetails(changed);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities()));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
        redirect.addFlashAttribute("changed", true);
        return "redirect:" + TokenPageController.PATH;
    }
}
