package org.edubalance.app.account;

import org.edubalance.app.web.ApiProblemException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The person's own account page: their personal API tokens (create — shown once —, list, revoke) and the link to
 * change the password. Every role.
 */
@Controller
final class TokenPageController {
    static final String PATH = "/account/tokens";

    private final ApiTokenService tokens;

    TokenPageController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @GetMapping(PATH)
    String tokens(@AuthenticationPrincipal AccountDetails user, Model model) {
        model.addAttribute("tokens", tokens.of(user.getUsername()));
        model.addAttribute("maxDays", ApiTokenService.MAX_DAYS);
        return "account/tokens";
    }

    @PostMapping(PATH)
    String create(
            @RequestParam String name,
            @RequestParam(defaultValue = "90") int days,
            @AuthenticationPrincipal AccountDetails user,
            RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("created", tokens.create(user.getUsername(), new ApiTokenRequest(name, days)));
        } catch (ApiProblemException e) {
            redirect.addFlashAttribute("problem", "tokens.invalid");
        }
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/{id}/revoke")
    String revoke(@PathVariable long id, @AuthenticationPrincipal AccountDetails user, RedirectAttributes redirect) {
        try {
            tokens.revoke(user.getUsername(), id);
            redirect.addFlashAttribute("revoked", true);
        } catch (ApiProblemException e) {
            redirect.addFlashAttribute("problem", "tokens.notFound");
        }
        return "redirect:" + PATH;
    }
}
