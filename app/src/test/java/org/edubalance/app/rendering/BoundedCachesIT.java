package org.edubalance.app.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.edubalance.app.PageSession;
import org.edubalance.app.PlatformTest;
import org.edubalance.app.evaluation.EvaluationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Request parameters cannot make the kept results and rendered parts grow without bound (issue 10, §1). */
@PlatformTest
class BoundedCachesIT {
    private final int port;
    private final EvaluationService evaluations;

    @Autowired
    BoundedCachesIT(@Value("${local.server.port}") int port, EvaluationService evaluations) {
        this.port = port;
        this.evaluations = evaluations;
    }

    @Test
    void anUnshippedLanguageFallsBackToChineseAndAddsNothingToKeep() {
        PageSession planner = PageSession.signIn(port, "planner");
        planner.get("/?lang=zh");
        planner.get("/dashboard?lang=zh");
        int before = evaluations.heldResults();

        for (int i = 0; i < 150; i++) {
            HttpResponse<String> home = planner.get("/?lang=x" + i);
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).containsPattern("<html[^>]*\\blang=\"zh\"");
            planner.get("/dashboard?lang=de-" + i);
        }

        assertThat(evaluations.heldResults() - before).isLessThanOrEqualTo(4);
    }

    @Test
    void manyDistinctYearsAndKeysKeepTheHeldResultsBounded() {
        for (int year = 3000; year < 3300; year++) {
            evaluations.evaluate(year, null);
        }
        for (int key = 0; key < 2 * EvaluationService.MAX_HELD; key++) {
            int value = key;
            evaluations.derived("test/" + key, () -> value);
        }

        assertThat(evaluations.heldResults()).isLessThanOrEqualTo(EvaluationService.MAX_HELD);
    }
}
