package org.edubalance.app.home;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.evaluation.EvaluationService;
import org.edubalance.app.rendering.RenderedFragments;
import org.edubalance.app.standard.StandardChoice;
import org.edubalance.core.account.Role;
import org.edubalance.core.evaluation.CountyEvaluation;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.SegmentEvaluation;
import org.edubalance.core.school.Segment;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page (every county's verdict per segment) and the sign-in page. */
@Controller
final class HomePageController {
    private static final List<String> SEGMENTS = List.of(Segment.PRIMARY.name(), Segment.JUNIOR.name());

    private final EvaluationService evaluations;
    private final StandardChoice choice;
    private final RenderedFragments fragments;

    HomePageController(EvaluationService evaluations, StandardChoice choice, RenderedFragments fragments) {
        this.evaluations = evaluations;
        this.choice = choice;
        this.fragments = fragments;
    }

    @GetMapping("/")
    String home(
            HttpServletRequest request,
            HttpServletResponse response,
            @AuthenticationPrincipal AccountDetails user,
            Locale locale,
            Model model) {
        String standard = choice.current(request);
        // Kept until the data change, like the dashboards: every sign-in lands here.
        HomeView home = evaluations.derived("home/" + standard, () -> view(standard));
        model.addAttribute("home", home);
        if (home.year() != null) {
            // Decided once per page, not by a role check in each of a province's 120 rows.
            boolean countyLinks = user.role() != Role.PRINCIPAL;
            model.addAttribute(
                    "countyTable",
                    fragments.html(
                            standard + "/" + countyLinks,
                            "home/counties",
                            "counties",
                            Map.of("home", home, "countyLinks", countyLinks),
                            locale,
                            request,
                            response));
        }
        return "home/index";
    }

    @GetMapping("/signin")
    String signIn() {
        return "account/signin";
    }

    private HomeView view(String standard) {
        if (evaluations.years().isEmpty()) {
            return new HomeView(null, standard, SEGMENTS, List.of());
        }
        Evaluation evaluation = evaluations.evaluate(null, standard);
        List<HomeView.CountyLine> lines =
                evaluation.counties().stream().map(HomePageController::line).toList();
        return new HomeView(evaluation.year(), evaluation.standard().id(), SEGMENTS, lines);
    }

    private static HomeView.CountyLine line(CountyEvaluation county) {
        Map<String, Boolean> pass = new HashMap<>();
        for (SegmentEvaluation segment : county.segments()) {
            pass.put(segment.segment().name(), segment.pass());
        }
        return new HomeView.CountyLine(
                county.county().code().value(),
                county.county().name(),
                county.verdict().name(),
                pass);
    }
}
