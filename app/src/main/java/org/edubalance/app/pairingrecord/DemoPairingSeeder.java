package org.edubalance.app.pairingrecord;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.edubalance.app.audit.AuditService;
import org.edubalance.core.pairingrecord.DemoPairings;
import org.edubalance.core.pairingrecord.Pairing;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The demo's pairings ({@link DemoPairings}): the first county's urban primary schools paired with rural ones two
 * school years before the newest (or in the first demo year when fewer are loaded), with a few activities, so the
 * follow-up has years to show. Stored through the same rules and audit as a planner's pairings. Behind {@code
 * app.demo.pairings} (default true).
 */
@Component
public final class DemoPairingSeeder {
    private static final Logger LOG = LoggerFactory.getLogger(DemoPairingSeeder.class);

    private final PairingService service;
    private final boolean enabled;

    DemoPairingSeeder(PairingService service, @Value("${app.demo.pairings:true}") boolean enabled) {
        this.service = service;
        this.enabled = enabled;
    }

    /** Stores the pairings of the first county of {@code schools} (the demo's years {@code firstYear}…{@code lastYear}). */
    public void open(List<SchoolYear> schools, int firstYear, int lastYear) {
        if (!enabled || schools.isEmpty()) {
            return;
        }
        int start = Math.max(lastYear - 2, firstYear);
        RegionCode county = schools.stream()
                .map(s -> s.county().code())
                .min(Comparator.naturalOrder())
                .orElseThrow();
        List<SchoolYear> ofStart = schools.stream()
                .filter(s -> s.year() == start && s.county().code().equals(county))
                .toList();
        List<PairingRow> rows = new ArrayList<>();
        for (Pairing p : DemoPairings.draft(ofStart, start)) {
            rows.add(new PairingRow(
                    0,
                    p.segment().name(),
                    p.mentor().value(),
                    p.mentee().value(),
                    Integer.toString(p.startYear()),
                    "",
                    p.agreement().signedOn().toString(),
                    p.agreement().summary(),
                    String.valueOf(p.agreement().fileReference())));
        }
        List<Pairing> stored = service.create(county, "", rows, AuditService.SYSTEM);
        int activities = 0;
        for (int i = 0; i < stored.size(); i++) {
            for (var a : DemoPairings.activities(stored.get(i).id(), i, start, AuditService.SYSTEM)) {
                service.addActivity(a);
                activities++;
            }
        }
        LOG.info(
                "Paired {} demo schools of county {} from {}, {} activities.",
                stored.size(),
                county.value(),
                start,
                activities);
    }
}
