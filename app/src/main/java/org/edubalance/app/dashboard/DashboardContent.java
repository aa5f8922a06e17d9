package org.edubalance.app.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.edubalance.app.evaluation.EvaluationService;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The rendered body of a dashboard (templates/dashboard/content.html), kept like the view it shows until the data
 * change. Under load (50 sessions, the demo province) a profile showed the dashboards' time going to Thymeleaf writing
 * the same tables and chart documents for every request; the body depends only on the view and the language, so it
 * is written once. The parts that depend on the person — the
 * navigation, forms with their CSRF token, role-dependent buttons — stay in region.html, rendered per request.
 */
@Component
final class DashboardContent {
    private static final String TEMPLATE = "dashboard/content";

    private final SpringTemplateEngine templates;
    private final EvaluationService evaluations;
    private final ApplicationContext application;
    private final ConversionService conversions;

    DashboardContent(
            SpringTemplateEngine templates,
            EvaluationService evaluations,
            ApplicationContext application,
            @Qualifier("mvcConversionService") ConversionService conversions) {
        this.templates = templates;
        this.evaluations = evaluations;
        this.application = application;
        this.conversions = conversions;
    }

    /** The body of {@code view} in {@code locale}'s language, written on the first request and then reused. */
    String html(DashboardView view, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        String key = "dashboard-html/" + view.countyCode() + "/" + view.year() + "/" + view.standard() + "/"
                + locale.toLanguageTag();
        return evaluations.derived(key, () -> render(view, locale, request, response));
    }

    private String render(DashboardView view, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        // A web context, so that links are written as the page writes them (context path). The session id never
        // enters a link: sessions travel by cookie only (server.servlet.session.tracking-modes=cookie), so the text is
        // the same for everyone.
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        var context = new WebContext(
                exchange,
                locale,
                Map.of(
                        "dashboard",
                        view,
                        ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                        new ThymeleafEvaluationContext(application, conversions)));
        return templates.process(TEMPLATE, context);
    }
}
