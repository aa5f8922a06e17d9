package org.edubalance.app.pairingrecord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.app.audit.AuditService;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.ErrorCode;
import org.edubalance.core.pairingrecord.Agreement;
import org.edubalance.core.pairingrecord.Pairing;
import org.edubalance.core.pairingrecord.PairingActivity;
import org.edubalance.core.pairingrecord.Pairings;
import org.edubalance.core.pairingrecord.SchoolGroup;
import org.edubalance.core.pairingrecord.SchoolGroups;
import org.edubalance.core.region.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored pairings and groups and their changes (docs/planning/pairing-records.md §1): every write checks the
 * rules ({@link PairingRules}), writes in one transaction with its audit entry (entities {@code pairing}, {@code
 * pairing-activity}, {@code school-group}; actions CREATE, UPDATE, END, DELETE), and an import stores all its rows or
 * none. Who may call what is the callers' ({@link PairingAccess}).
 *
 * <p>Not final: Spring subclasses it to run its methods in transactions.
 */
@Service
public class PairingService {
    static final String PAIRING = "pairing";
    static final String ACTIVITY = "pairing-activity";
    static final String GROUP = "school-group";

    private final Pairings pairings;
    private final SchoolGroups groups;
    private final PairingRules rules;
    private final AuditService audit;

    PairingService(Pairings pairings, SchoolGroups groups, PairingRules rules, AuditService audit) {
        this.pairings = pairings;
        this.groups = groups;
        this.rules = rules;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Pairing> pairings(RegionCode county) {
        return pairings.ofCounty(county);
    }

    @Transactional(readOnly = true)
    public List<SchoolGroup> groups(RegionCode county) {
        return groups.ofCounty(county);
    }

    @Transactional(readOnly = true)
    public Map<Long, Integer> activityCounts(RegionCode county) {
        return pairings.activityCounts(county);
    }

    /** Pairing {@code id} of {@code county}, or 404 (an id of another county is not found here). */
    @Transactional(readOnly = true)
    public Pairing pairing(RegionCode county, long id) {
        return pairings.find(id)
                .filter(p -> p.county().equals(county))
                .orElseThrow(() -> ApiProblemException.notFound("No pairing " + id + " in county " + county + "."));
    }

    /** Group {@code id} of {@code county}, or 404. */
    @Transactional(readOnly = true)
    public SchoolGroup group(RegionCode county, long id) {
        return groups.find(id)
                .filter(g -> g.county().equals(county))
                .orElseThrow(() -> ApiProblemException.notFound("No group " + id + " in county " + county + "."));
    }

    @Transactional(readOnly = true)
    public List<PairingActivity> activities(long pairingId) {
        return pairings.activities(pairingId);
    }

    /** Stores the pairings of {@code rows} (one for a form, many for a file): all of them, or none when any is refused. */
    @Transactional
    public List<Pairing> create(RegionCode county, String file, List<PairingRow> rows, String user) {
        List<Pairing> checked = rules.pairings(file, county, rows, pairings.ofCounty(county));
        List<Pairing> stored;
        try {
            stored = checked.stream().map(p -> p.withId(pairings.add(p))).toList();
        } catch (DuplicateKeyException e) {
            // Rule PR-09 checked the running pairings read above; a pairing of the same schools stored since by
            // another request trips the unique index instead: the same refusal, as a conflict, and nothing stored.
            throw new ApiProblemException(
                    HttpStatus.CONFLICT,
                    ErrorCode.EDIT_CONFLICT,
                    "A running pairing of the same schools in the same segment was stored meanwhile.");
        }
        for (Pairing p : stored) {
            audit.record(user, PAIRING, Long.toString(p.id()), "CREATE", null, facts(p, file));
        }
        return stored;
    }

    /** Replaces the agreement of pairing {@code id}. */
    @Transactional
    public Pairing updateAgreement(RegionCode county, long id, Agreement agreement, String user) {
        Pairing before = pairing(county, id);
        pairings.updateAgreement(id, agreement);
        audit.record(user, PAIRING, Long.toString(id), "UPDATE", facts(before, ""), agreement);
        return pairing(county, id);
    }

    /** Ends pairing {@code id} after school year {@code endYear} (a year not before its start). */
    @Transactional
    public Pairing end(RegionCode county, long id, String endYear, String user) {
        Pairing before = pairing(county, id);
        int end = rules.endYear(endYear, before.startYear());
        pairings.end(id, end);
        audit.record(user, PAIRING, Long.toString(id), "END", facts(before, ""), Map.of("endYear", end));
        return pairing(county, id);
    }

    /** Deletes pairing {@code id} with its log (a pairing entered by mistake; an ended one is ended, not deleted). */
    @Transactional
    public void delete(RegionCode county, long id, String user) {
        Pairing before = pairing(county, id);
        Map<String, Object> facts = facts(before, "");
        facts.put("activities", pairings.activities(id).size());
        pairings.delete(id);
        audit.record(user, PAIRING, Long.toString(id), "DELETE", facts, null);
    }

    /** Appends {@code activity} to the log of its pairing. */
    @Transactional
    public long addActivity(PairingActivity activity) {
        long id = pairings.addActivity(activity);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("pairing", activity.pairingId());
        facts.put("date", activity.date().toString());
        facts.put("kind", activity.kind().name());
        facts.put("participants", activity.participants());
        facts.put("teachersMentored", activity.teachersMentored());
        facts.put("note", activity.note());
        audit.record(activity.recordedBy(), ACTIVITY, Long.toString(id), "CREATE", null, facts);
        return id;
    }

    /** Stores a new school group. */
    @Transactional
    public SchoolGroup createGroup(SchoolGroup group, String user) {
        SchoolGroup stored = group.withId(groups.add(group));
        audit.record(user, GROUP, Long.toString(stored.id()), "CREATE", null, facts(stored));
        return stored;
    }

    /** Stores {@code list} (the groups of an adopted proposal, checked by the caller) in one transaction: all or none. */
    @Transactional
    public List<SchoolGroup> createGroups(List<SchoolGroup> list, String source, String user) {
        List<SchoolGroup> stored = new ArrayList<>();
        for (SchoolGroup g : list) {
            SchoolGroup one = g.withId(groups.add(g));
            Map<String, Object> facts = facts(one);
            facts.put("adoptedFrom", source);
            audit.record(user, GROUP, Long.toString(one.id()), "CREATE", null, facts);
            stored.add(one);
        }
        return stored;
    }

    /** Ends group {@code id} after school year {@code endYear}. */
    @Transactional
    public SchoolGroup endGroup(RegionCode county, long id, String endYear, String user) {
        SchoolGroup before = group(county, id);
        int end = rules.endYear(endYear, before.startYear());
        groups.end(id, end);
        audit.record(user, GROUP, Long.toString(id), "END", facts(before), Map.of("endYear", end));
        return group(county, id);
    }

    /** Deletes group {@code id}. */
    @Transactional
    public void deleteGroup(RegionCode county, long id, String user) {
        SchoolGroup before = group(county, id);
        groups.delete(id);
        audit.record(user, GROUP, Long.toString(id), "DELETE", facts(before), null);
    }

    private static Map<String, Object> facts(Pairing p, @Nullable String file) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("county", p.county().value());
        facts.put("segment", p.segment().name());
        facts.put("mentor", p.mentor().value());
        facts.put("mentee", p.mentee().value());
        facts.put("startYear", p.startYear());
        facts.put("endYear", p.endYear());
        facts.put("signedOn", p.agreement().signedOn().toString());
        facts.put("summary", p.agreement().summary());
        facts.put("fileReference", p.agreement().fileReference());
        if (file != null && !file.isEmpty()) {
            facts.put("importedFrom", file);
        }
        return facts;
    }

    private static Map<String, Object> facts(SchoolGroup g) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("county", g.county().value());
        facts.put("name", g.name());
        facts.put("core", g.core().value());
        facts.put("members", g.members().stream().map(m -> m.value()).toList());
        facts.put("startYear", g.startYear());
        facts.put("endYear", g.endYear());
        return facts;
    }
}
