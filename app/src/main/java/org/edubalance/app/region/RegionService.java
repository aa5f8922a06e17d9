package org.edubalance.app.region;

import java.util.Map;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.audit.AuditService;
import org.edubalance.app.evaluation.EvaluationService;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.core.region.Region;
import org.edubalance.core.region.RegionLevel;
import org.edubalance.core.region.Regions;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renames regions on purpose: a region's name is shared by every school in it, so it changes here, by the bureau, with
 * an audit entry — never as a side effect of one school's row or of an import.
 *
 * <p>Not final: Spring subclasses it to run its methods in transactions.
 */
@Service
public class RegionService {
    /** Longer than any division's name; keeps a pasted paragraph out of every page and form. */
    static final int MAX_NAME_LENGTH = 100;

    private final Regions regions;
    private final AuditService audit;
    private final EvaluationService evaluations;

    RegionService(Regions regions, AuditService audit, EvaluationService evaluations) {
        this.regions = regions;
        this.audit = audit;
        this.evaluations = evaluations;
    }

    /**
     * Renames the province, city or county {@code code} to {@code name} (surrounding spaces removed) for every school
     * in it, recorded in the audit log (entity {@code region}, action {@code RENAME}, old and new name).
     */
    @Transactional
    public RegionNameResponse rename(String code, @Nullable String name, AccountDetails user) {
        if (!user.role().editsEverything()) {
            throw new AccessDeniedException("Only planners and administrators rename regions.");
        }
        String wanted = name == null ? "" : name.strip();
        if (wanted.isEmpty() || wanted.length() > MAX_NAME_LENGTH || wanted.equals(code)) {
            throw ApiProblemException.invalid("A region's name is 1 to " + MAX_NAME_LENGTH
                    + " characters and not its code; got '" + wanted + "'. Nothing changed.");
        }
        Region held = regions.find(code).orElseThrow(() -> ApiProblemException.notFound("No region " + code + "."));
        if (held.level() == RegionLevel.TOWNSHIP) {
            // A township is known by its name only (its code is the county's and the name), so its schools name it:
            // change town_name in their school years instead.
            throw ApiProblemException.invalid("Township " + code + " is known by its name in the school file;"
                    + " change town_name of its schools instead. Nothing changed.");
        }
        if (held.name().equals(wanted)) {
            return RegionNameResponse.of(held);
        }
        Region renamed = regions.rename(code, wanted).orElseThrow();
        audit.record(user.getUsername(), "region", code, "RENAME", Map.of("name", held.name()), Map.of("name", wanted));
        evaluations.dataChanged();
        return RegionNameResponse.of(renamed);
    }
}
