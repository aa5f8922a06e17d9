package org.edubalance.app.rendering;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.edubalance.app.evaluation.EvaluationService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Parts of pages rendered once and kept until the data change, like the views they show. Under load (50 sessions on
 * the demo province) profiles showed the pages' time going to Thymeleaf writing the same tables, option lists and
 * chart documents for every request; a part that depends only on the stored data, the language and what its key
 * names is written once and then copied into each page.
 *
 * <p>The keys stay few whatever requests send: the language is always a shipped one ({@code ?lang=} with anything
 * else is Chinese, see {@code WebConfiguration}), and the parts are kept in the evaluation service's bounded table
 * ({@code EvaluationService.MAX_HELD} results, least recently used first), so distinct years, counties or other
 * parameters cannot make it grow without bound.
 *
 * <p>What a part may hold: nothing that depends on the person beyond what the key names — no form with a CSRF token,
 * no role check inside (decide roles in the controller and put the decision into the key).
 */
@Component
public final class RenderedFragments {
    private final SpringTemplateEngine templates;
    private final EvaluationService evaluations;
    private final ApplicationContext application;
    /** The web layer's conversions; absent when the application runs without a web server (some tests). */
    private final ObjectProvider<ConversionService> conversions;

    RenderedFragments(
            SpringTemplateEngine templates,
            EvaluationService evaluations,
            ApplicationContext application,
            @Qualifier("mvcConversionService") ObjectProvider<ConversionService> conversions) {
        this.templates = templates;
        this.evaluations = evaluations;
        this.application = application;
        this.conversions = conversions;
    }

    /**
     * The fragment {@code fragment} of {@code template} rendered with {@code variables} in {@code locale}'s language,
     * written on the first request for {@code key} and reused until the data change.
     *
     * @param key everything the text depends on besides the stored data and the language
     */
    public String html(
            String key,
            String template,
            String fragment,
            Map<String, Object> variables,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        return evaluations.derived(
                "html/" + template + "::" + fragment + "/" + key + "/" + locale.toLanguageTag(),
                () -> render(template, fragment, variables, locale, request, response));
    }

    private String render(
            String template,
            String fragment,
            Map<String, Object> variables,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        // A web context, so that links are written as the page writes them (context path). The session id never
        // enters a link: sessions travel by cookie only (server.servlet.session.tracking-modes=cookie), so the text is
        // the same for everyone.
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        Map<String, Object> all = new HashMap<>(variables);
        all.put(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, conversions.getIfAvailable()));
        return templates.process(template, Set.of(fragment), new WebContext(exchange, locale, all));
    }
}
