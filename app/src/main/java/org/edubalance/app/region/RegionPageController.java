package org.edubalance.app.region;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.core.region.Region;
import org.edubalance.core.region.RegionLevel;
import org.edubalance.core.region.Regions;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The regions page: provinces, cities and counties with their names, and for planners and administrators a rename form
 * per region (the same rule and audit entry as the API; a refused rename is shown on the page).
 */
@Controller
final class RegionPageController {
    private final Regions regions;
    private final RegionService renames;

    RegionPageController(Regions regions, RegionService renames) {
        this.regions = regions;
        this.renames = renames;
    }

    @GetMapping("/regions")
    String list(
            @RequestParam(required = false) @Nullable String renamed,
            @AuthenticationPrincipal AccountDetails user,
            Model model) {
        return page(renamed, null, user, model);
    }

    @PostMapping("/regions/{code}")
    String rename(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String name,
            @AuthenticationPrincipal AccountDetails user,
            HttpServletResponse response,
            Model model) {
        try {
            renames.rename(code, name, user);
        } catch (ApiProblemException e) {
            response.setStatus(e.status().value());
            return page(null, e.getMessage(), user, model);
        }
        return "redirect:/regions?renamed=" + code;
    }

    private String page(@Nullable String renamed, @Nullable String problem, AccountDetails user, Model model) {
        List<Region> named = regions.all().stream()
                .filter(r -> r.level() != RegionLevel.TOWNSHIP)
                .toList();
        model.addAttribute("regions", named);
        model.addAttribute("editable", user.role().editsEverything());
        model.addAttribute("renamed", renamed);
        model.addAttribute("problem", problem);
        return "region/list";
    }
}
