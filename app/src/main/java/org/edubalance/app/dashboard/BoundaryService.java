package org.edubalance.app.dashboard;

import java.util.Map;
import java.util.Optional;
import org.edubalance.app.audit.AuditService;
import org.edubalance.app.evaluation.EvaluationService;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.core.region.County;
import org.edubalance.core.region.CountyBoundaries;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.region.Regions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * County boundaries for the maps: checked, stored with an audit entry, and served one county at a time or merged for
 * the city.
 *
 * <p>Not final: Spring subclasses it to run its methods in transactions.
 */
@Service
class BoundaryService {
    private final CountyBoundaries boundaries;
    private final Regions regions;
    private final AuditService audit;
    private final JsonMapper json;
    private final EvaluationService evaluations;

    BoundaryService(
            CountyBoundaries boundaries,
            Regions regions,
            AuditService audit,
            JsonMapper json,
            EvaluationService evaluations) {
        this.boundaries = boundaries;
        this.regions = regions;
        this.audit = audit;
        this.json = json;
        this.evaluations = evaluations;
    }

    /**
     * Checks and stores {@code content} as the boundary of {@code county}.
     *
     * @throws InvalidBoundaryException when it is not usable GeoJSON
     */
    @Transactional
    public void save(RegionCode county, byte[] content, String user) {
        County known = regions.counties().stream()
                .filter(c -> c.code().equals(county))
                .findFirst()
                .orElseThrow(() -> ApiProblemException.notFound("No county " + county + "."));
        String normalized = BoundaryDocument.normalized(content, known.name(), json);
        boundaries.save(county, normalized);
        audit.record(user, "county_boundary", county.value(), "SAVE", null, Map.of("bytes", content.length));
        // The dashboards keep their views until the data change; a boundary is part of them.
        evaluations.dataChanged();
    }

    @Transactional(readOnly = true)
    public Optional<String> of(RegionCode county) {
        return boundaries.find(county);
    }

    /** Every stored boundary's features in one FeatureCollection. */
    @Transactional(readOnly = true)
    public String city() {
        ArrayNode features = json.createArrayNode();
        for (RegionCode county : boundaries.counties()) {
            boundaries.find(county).ifPresent(doc -> {
                for (JsonNode feature : json.readTree(doc).get("features")) {
                    features.add(feature);
                }
            });
        }
        ObjectNode collection = json.createObjectNode();
        collection.put("type", "FeatureCollection");
        collection.set("features", features);
        return json.writeValueAsString(collection);
    }
}
