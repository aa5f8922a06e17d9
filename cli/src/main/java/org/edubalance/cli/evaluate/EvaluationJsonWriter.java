package org.edubalance.cli.evaluate;

import java.util.List;
import java.util.Map;
import org.edubalance.core.evaluation.CountyEvaluation;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.Finding;
import org.edubalance.core.evaluation.IndicatorScore;
import org.edubalance.core.evaluation.IndicatorStatistic;
import org.edubalance.core.evaluation.ItemResult;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.evaluation.SchoolRef;
import org.edubalance.core.evaluation.ScopeDecision;
import org.edubalance.core.evaluation.SegmentEvaluation;
import org.edubalance.core.gap.Shortfall;
import org.edubalance.core.json.JsonWriter;
import org.edubalance.core.region.RegionCode;
import org.edubalance.report.wording.FindingWords;
import org.jspecify.annotations.Nullable;

/**
 * Writes an evaluation as the JSON document of docs/data-formats.md §2. The fields the contract names come first and
 * keep their meaning; the extra fields ({@code resourcePass}, {@code items}, {@code missingInputs},
 * {@code shortfalls}, {@code excluded}, …) are additions the contract allows. CVs are unrounded; a CV that is not
 * evaluable is {@code null}.
 */
final class EvaluationJsonWriter {
    /** The {@code evidence} and {@code reasons} strings are English, next to their findings (code and parameters). */
    private final FindingWords words = FindingWords.english();

    void write(Evaluation evaluation, Map<RegionCode, List<Shortfall>> shortfalls, JsonWriter json) {
        json.beginObject();
        json.name("standard").value(evaluation.standard().id());
        json.name("standardVersion").value(evaluation.standard().version());
        json.name("year").value(evaluation.year());
        json.name("counties").beginArray();
        for (CountyEvaluation county : evaluation.counties()) {
            county(json, county, shortfalls.get(county.county().code()));
        }
        json.endArray();
        json.name("schools").beginArray();
        for (SchoolEvaluation school : evaluation.schools()) {
            school(json, school);
        }
        json.endArray();
        json.name("excluded").beginArray();
        for (ScopeDecision d : evaluation.excluded()) {
            json.beginObject();
            json.name("code").value(d.school().code().value());
            json.name("name").value(d.school().name());
            json.name("countyCode").value(d.school().county().code().value());
            Finding reason = d.excludedBecause();
            json.name("reason").value(reason == null ? null : words.word(reason));
            json.name("reasonCode").value(reason == null ? null : reason.code().name());
            json.name("reasonParams");
            if (reason == null) {
                json.value((String) null);
            } else {
                params(json, reason);
            }
            json.endObject();
        }
        json.endArray();
        json.endObject();
        json.flush();
    }

    private void county(JsonWriter json, CountyEvaluation county, @Nullable List<Shortfall> shortfalls) {
        json.beginObject();
        json.name("code").value(county.county().code().value());
        json.name("name").value(county.county().name());
        json.name("segments").beginArray();
        for (SegmentEvaluation segment : county.segments()) {
            segment(json, segment);
        }
        json.endArray();
        json.name("resourcePass").value(county.resourcePass());
        json.name("items").beginArray();
        for (ItemResult item : county.items()) {
            json.beginObject();
            json.name("id").value(item.item().id());
            json.name("part").value(item.item().part().name());
            json.name("status").value(item.status().name());
            strings(json, "evidence", words.word(item.evidence()));
            findings(json, "findings", item.evidence());
            strings(json, "missingInputs", item.missingInputs());
            json.endObject();
        }
        json.endArray();
        strings(json, "missingInputs", county.missingInputs());
        if (shortfalls != null) {
            json.name("shortfalls").beginArray();
            for (Shortfall s : shortfalls) {
                json.beginObject();
                json.name("school").value(s.school().value());
                json.name("segment").value(s.segment().name());
                json.name("indicator").value(s.indicatorId());
                json.name("value").value(s.value());
                json.name("threshold").value(s.threshold());
                json.name("unit").value(s.quantity().unit());
                json.name("toThreshold").value(s.toThreshold());
                json.name("toFloor").value(s.toFloor());
                json.endObject();
            }
            json.endArray();
        }
        json.name("verdict").value(county.verdict().name());
        json.endObject();
    }

    private void segment(JsonWriter json, SegmentEvaluation segment) {
        json.beginObject();
        json.name("segment").value(segment.segment().name());
        json.name("schoolCount").value(segment.schoolCount());
        json.name("studentCount").value(segment.studentCount());
        json.name("indicators").beginArray();
        for (IndicatorStatistic i : segment.indicators()) {
            json.beginObject();
            json.name("id").value(i.indicatorId());
            json.name("countyValue").value(i.countyValue());
            json.name("cv").value(i.cv());
            json.name("cvLimit").nullableNumber(i.cvLimit());
            json.name("cvPass").value(i.cvPass());
            json.name("unweightedCv").value(i.unweightedCv());
            json.name("cvStatus").value(i.status().name());
            json.endObject();
        }
        json.endArray();
        json.name("compositeCv").value(segment.compositeCv());
        json.name("compositeCvLimit").nullableNumber(segment.compositeLimit());
        json.name("compliantSchools").value(segment.compliantSchools());
        json.name("pass").value(segment.pass());
        strings(json, "reasons", words.word(segment.reasons()));
        findings(json, "reasonFindings", segment.reasons());
        json.endObject();
    }

    private static void school(JsonWriter json, SchoolEvaluation school) {
        json.beginObject();
        json.name("code").value(school.school().code().value());
        json.name("name").value(school.school().name());
        json.name("segment").value(school.segment().name());
        json.name("countyCode").value(school.school().county().code().value());
        json.name("students").value(school.part().students());
        json.name("values").beginObject();
        for (IndicatorScore s : school.scores()) {
            json.name(s.indicatorId()).value(s.value());
        }
        json.endObject();
        json.name("metCount").value(school.metCount());
        json.name("compliant").value(school.compliant());
        json.endObject();
    }

    private static void findings(JsonWriter json, String name, List<Finding> findings) {
        json.name(name).beginArray();
        for (Finding f : findings) {
            finding(json, f);
        }
        json.endArray();
    }

    /** {@code {"code": "CV_OVER_LIMIT", "params": {...}}}; a school is {@code {"school": code, "name": name}}. */
    private static void finding(JsonWriter json, Finding finding) {
        json.beginObject();
        json.name("code").value(finding.code().name());
        json.name("params");
        params(json, finding);
        json.endObject();
    }

    private static void params(JsonWriter json, Finding finding) {
        json.beginObject();
        for (Map.Entry<String, Object> p : finding.params().entrySet()) {
            json.name(p.getKey());
            switch (p.getValue()) {
                case Integer i -> json.value((long) i);
                case Long l -> json.value((long) l);
                case Number n -> json.value(n.doubleValue());
                case Boolean b -> json.value(b);
                case Enum<?> e -> json.value(e.name());
                case SchoolRef school -> {
                    json.beginObject();
                    json.name("school").value(school.code().value());
                    json.name("name").value(school.name());
                    json.endObject();
                }
                case List<?> details -> {
                    json.beginArray();
                    for (Object d : details) {
                        finding(json, (Finding) d);
                    }
                    json.endArray();
                }
                default -> json.value(p.getValue().toString());
            }
        }
        json.endObject();
    }

    private static void strings(JsonWriter json, String name, List<String> values) {
        json.name(name).beginArray();
        for (String v : values) {
            json.value(v);
        }
        json.endArray();
    }
}
