package org.edubalance.app.home;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.app.evaluation.EvaluationService;
import org.edubalance.core.evaluation.CountyEvaluation;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.SegmentEvaluation;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.StandardCatalogue;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page (every county's verdict per segment) and the sign-in page. */
@Controller
final class HomePageController {
    private static final List<String> SEGMENTS = List.of(Segment.PRIMARY.name(), Segment.JUNIOR.name());

    private final EvaluationService evaluations;
    private final SchoolYears schoolYears;

    HomePageController(EvaluationService evaluations, SchoolYears schoolYears) {
        this.evaluations = evaluations;
        this.schoolYears = schoolYears;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("home", view());
        return "home/index";
    }

    @GetMapping("/signin")
    String signIn() {
        return "account/signin";
    }

    private HomeView view() {
        if (schoolYears.isEmpty()) {
            return new HomeView(null, StandardCatalogue.DEFAULT_ID, SEGMENTS, List.of());
        }
        Evaluation evaluation = evaluations.evaluate(null, null);
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
