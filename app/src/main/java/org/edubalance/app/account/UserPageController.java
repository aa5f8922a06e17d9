package org.edubalance.app.account;

import java.util.Arrays;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.core.account.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The users page, for administrators only ({@code /admin/**} in the security configuration): create accounts, change
 * role, school and enabled flag, reset passwords. New and reset passwords are generated and shown once, so that no
 * administrator picks a weak one and none is ever stored in clear; their owner must change them at the first sign-in.
 */
@Controller
final class UserPageController {
    private final AccountService accounts;

    UserPageController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        model.addAttribute("users", accounts.all());
        model.addAttribute("roles", Arrays.stream(Role.values()).map(Enum::name).toList());
        return "account/users";
    }

    @PostMapping("/admin/users")
    String create(
            @RequestParam String username,
            @RequestParam Role role,
            @RequestParam(required = false) @Nullable String school,
            @AuthenticationPrincipal AccountDetails admin,
            RedirectAttributes redirect) {
        String password = AccountService.randomPassword();
        try {
            accounts.createHandedOut(new UserRequest(username.strip(), password, role, school), admin.getUsername());
            redirect.addFlashAttribute("newPassword", new PasswordNotice(username.strip(), password));
        } catch (ApiProblemException | IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{username}")
    String update(
            @PathVariable String username,
            @RequestParam Role role,
            @RequestParam(required = false) @Nullable String school,
            @RequestParam(defaultValue = "false") boolean enabled,
            @AuthenticationPrincipal AccountDetails admin,
            RedirectAttributes redirect) {
        try {
            accounts.update(username, new UserUpdateRequest(role, school, enabled, null), admin.getUsername());
            redirect.addFlashAttribute("updated", username);
        } catch (ApiProblemException | IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{username}/password")
    String resetPassword(
            @PathVariable String username, @AuthenticationPrincipal AccountDetails admin, RedirectAttributes redirect) {
        String password = accounts.resetPassword(username, admin.getUsername());
        redirect.addFlashAttribute("newPassword", new PasswordNotice(username, password));
        return "redirect:/admin/users";
    }

    /**
     * A password shown once after it was set.
     *
     * @param username the account
     * @param password the new password
     */
    record PasswordNotice(String username, String password) {}
}
