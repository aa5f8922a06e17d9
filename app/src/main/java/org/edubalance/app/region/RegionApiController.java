package org.edubalance.app.region;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.core.region.Region;
import org.edubalance.core.region.Regions;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The region hierarchy and the county list; renaming a region. */
@RestController
@RequestMapping("/api/v1/regions")
final class RegionApiController {
    private final Regions regions;
    private final RegionService renames;

    RegionApiController(Regions regions, RegionService renames) {
        this.regions = regions;
        this.renames = renames;
    }

    /** The provinces, each with its cities, counties and townships. */
    @GetMapping
    List<RegionResponse> tree() {
        List<Region> all = regions.all();
        Map<String, List<Region>> childrenByParent = new HashMap<>();
        List<Region> roots = new ArrayList<>();
        for (Region r : all) {
            String parent = r.parentCode();
            if (parent == null) {
                roots.add(r);
            } else {
                childrenByParent.computeIfAbsent(parent, p -> new ArrayList<>()).add(r);
            }
        }
        return roots.stream().map(r -> node(r, childrenByParent)).toList();
    }

    private static RegionResponse node(Region region, Map<String, List<Region>> childrenByParent) {
        return new RegionResponse(
                region.code(),
                region.level().name(),
                region.name(),
                childrenByParent.getOrDefault(region.code(), List.of()).stream()
                        .map(c -> node(c, childrenByParent))
                        .toList());
    }

    @GetMapping("/counties")
    List<CountyResponse> counties() {
        return regions.counties().stream().map(CountyResponse::of).toList();
    }

    /** Renames a province, city or county for every school in it (planners, administrators; audited). */
    @PutMapping("/{code}")
    RegionNameResponse rename(
            @PathVariable String code,
            @RequestBody RegionNameRequest request,
            @AuthenticationPrincipal AccountDetails user) {
        return renames.rename(code, request.name(), user);
    }
}
