package org.edubalance.app.pairingrecord;

import java.util.Locale;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.ErrorCode;
import org.edubalance.core.region.County;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The follow-up of a county's pairings (table and chart), linked from the county dashboard. It compares means over
 * the county's schools, so it is the bureau's: administrators, planners and inspectors; a principal is refused (403).
 */
@Controller
final class FollowUpPageController {
    private final PairingAccess access;
    private final PairingFollowUps followUps;

    FollowUpPageController(PairingAccess access, PairingFollowUps followUps) {
        this.access = access;
        this.followUps = followUps;
    }

    @GetMapping("/pairings/{county}/follow-up")
    String followUp(
            @PathVariable String county,
            @RequestParam(required = false) @Nullable Integer start,
            @AuthenticationPrincipal AccountDetails user,
            Locale locale,
            Model model) {
        if (!user.readsEverySchool()) {
            throw new ApiProblemException(
                    HttpStatus.FORBIDDEN, ErrorCode.FORBIDDEN, "The follow-up compares the county's schools.");
        }
        County c = access.county(county, user);
        model.addAttribute("page", followUps.view(c, start, locale));
        return "pairingrecord/follow-up";
    }
}
