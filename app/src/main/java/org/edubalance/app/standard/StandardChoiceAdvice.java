package org.edubalance.app.standard;

import jakarta.servlet.http.HttpServletRequest;
import org.edubalance.core.standard.StandardCatalogue;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the pack selector into every page's model, for the navigation of the layout. */
@ControllerAdvice(annotations = Controller.class)
final class StandardChoiceAdvice {
    private final StandardChoice choice;

    StandardChoiceAdvice(StandardChoice choice) {
        this.choice = choice;
    }

    @ModelAttribute("standardChoice")
    @Nullable
    StandardChoiceView standardChoice(HttpServletRequest request) {
        // REST controllers are controllers too; scripts name the pack per request and keep no session.
        if (request.getRequestURI().startsWith("/api/")) {
            return null;
        }
        return new StandardChoiceView(choice.current(request), StandardCatalogue.shippedIds(), request.getRequestURI());
    }
}
