package org.edubalance.persistence.zoning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.zoningstudy.PublicBlockZone;
import org.edubalance.core.zoningstudy.StudyFile;
import org.edubalance.core.zoningstudy.ZoningRun;
import org.edubalance.core.zoningstudy.ZoningStudies;
import org.edubalance.core.zoningstudy.ZoningStudy;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link ZoningStudies}: {@code zoning_study} with its files, blocks and runs. */
public final class JdbcZoningStudies implements ZoningStudies {
    private static final String COLUMNS = "id, county_code, year, entry_grade, policy, created_by, created_at,"
            + " approved_job_id, approved_by, approved_at, approved_plan_year";
    private static final String RUN_COLUMNS =
            "job_id, study_id, pins, plan_json, plan_copy, zones_csv," + " block_zones_csv, error_code, error_params";

    private final NamedParameterJdbcTemplate batch;
    private final JdbcClient jdbc;

    public JdbcZoningStudies(DataSource dataSource) {
        this.batch = new NamedParameterJdbcTemplate(dataSource);
        this.jdbc = JdbcClient.create(batch);
    }

    @Override
    public long add(
            RegionCode county,
            int year,
            EntryGrade grade,
            String policy,
            List<StudyFile> files,
            Map<String, String> blockNames,
            String user,
            Instant at) {
        long id = jdbc.sql("insert into zoning_study (county_code, year, entry_grade, policy, created_by, created_at)"
                        + " values (:county, :year, :grade, :policy, :user, :at) returning id")
                .param("county", county.value())
                .param("year", year)
                .param("grade", grade.name())
                .param("policy", policy)
                .param("user", user)
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
        for (int i = 0; i < files.size(); i++) {
            StudyFile file = files.get(i);
            jdbc.sql("insert into zoning_study_file (study_id, position, name, file_name, content)"
                            + " values (:id, :position, :name, :fileName, :content)")
                    .param("id", id)
                    .param("position", i)
                    .param("name", file.name())
                    .param("fileName", file.fileName())
                    .param("content", file.content())
                    .update();
        }
        MapSqlParameterSource[] blocks = blockNames.entrySet().stream()
                .map(e -> new MapSqlParameterSource()
                        .addValue("id", id)
                        .addValue("block", e.getKey())
                        .addValue("name", e.getValue()))
                .toArray(MapSqlParameterSource[]::new);
        batch.batchUpdate(
                "insert into zoning_block (study_id, block_id, block_name) values (:id, :block, :name)", blocks);
        return id;
    }

    @Override
    public Optional<ZoningStudy> find(long id) {
        List<StudyFile> files = jdbc.sql(
                        "select name, file_name, content from zoning_study_file where study_id = :id order by position")
                .param("id", id)
                .query((rs, n) ->
                        new StudyFile(rs.getString("name"), rs.getString("file_name"), rs.getBytes("content")))
                .list();
        return jdbc.sql("select " + COLUMNS + " from zoning_study where id = :id")
                .param("id", id)
                .query((rs, n) -> study(rs, files))
                .optional();
    }

    @Override
    public List<ZoningStudy> ofCounty(RegionCode county) {
        return jdbc.sql("select " + COLUMNS + " from zoning_study where county_code = :county"
                        + " order by created_at desc, id desc")
                .param("county", county.value())
                .query((rs, n) -> study(rs, List.of()))
                .list();
    }

    @Override
    public void addRun(long studyId, long jobId, String pinsJson) {
        jdbc.sql("insert into zoning_run (job_id, study_id, pins) values (:job, :study, :pins)")
                .param("job", jobId)
                .param("study", studyId)
                .param("pins", pinsJson)
                .update();
    }

    @Override
    public List<ZoningRun> runs(long studyId) {
        return jdbc.sql("select " + RUN_COLUMNS + " from zoning_run where study_id = :study order by job_id desc")
                .param("study", studyId)
                .query((rs, n) -> run(rs))
                .list();
    }

    @Override
    public Optional<ZoningRun> run(long jobId) {
        return jdbc.sql("select " + RUN_COLUMNS + " from zoning_run where job_id = :job")
                .param("job", jobId)
                .query((rs, n) -> run(rs))
                .optional();
    }

    @Override
    public void storePlan(long jobId, String planJson, String planCopyJson, String zonesCsv, String blockZonesCsv) {
        jdbc.sql("update zoning_run set plan_json = :plan, plan_copy = :copy, zones_csv = :zones,"
                        + " block_zones_csv = :blockZones, error_code = null, error_params = null where job_id = :job")
                .param("job", jobId)
                .param("plan", planJson)
                .param("copy", planCopyJson)
                .param("zones", zonesCsv)
                .param("blockZones", blockZonesCsv)
                .update();
    }

    @Override
    public void storeReason(long jobId, String code, String paramsJson) {
        jdbc.sql("update zoning_run set error_code = :code, error_params = :params where job_id = :job")
                .param("job", jobId)
                .param("code", code)
                .param("params", paramsJson)
                .update();
    }

    @Override
    public boolean approve(
            long studyId, long jobId, int planYear, Map<String, String> schoolOfBlock, String user, Instant at) {
        int changed = jdbc.sql(
                        "update zoning_study set approved_job_id = :job, approved_by = :user,"
                                + " approved_at = :at, approved_plan_year = :planYear where id = :study and exists (select 1"
                                + " from zoning_run r where r.job_id = :job and r.study_id = :study and r.plan_json is not null)")
                .param("study", studyId)
                .param("job", jobId)
                .param("user", user)
                .param("at", Timestamp.from(at))
                .param("planYear", planYear)
                .update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("update zoning_block set school = null where study_id = :study")
                .param("study", studyId)
                .update();
        MapSqlParameterSource[] blocks = schoolOfBlock.entrySet().stream()
                .map(e -> new MapSqlParameterSource()
                        .addValue("study", studyId)
                        .addValue("block", e.getKey())
                        .addValue("school", e.getValue()))
                .toArray(MapSqlParameterSource[]::new);
        batch.batchUpdate(
                "update zoning_block set school = :school where study_id = :study and block_id = :block", blocks);
        return true;
    }

    @Override
    public List<PublicBlockZone> findApprovedBlocks(String text, int limit) {
        // The latest plan year of each county and grade, the latest approval among studies of that year.
        return jdbc.sql("with latest as (select distinct on (county_code, entry_grade) id, county_code, entry_grade,"
                        + " approved_plan_year from zoning_study where approved_job_id is not null"
                        + " order by county_code, entry_grade, approved_plan_year desc, approved_at desc, id desc)"
                        + " select l.id, l.county_code, l.entry_grade, l.approved_plan_year, b.block_id, b.block_name,"
                        + " b.school from latest l join zoning_block b on b.study_id = l.id"
                        + " where strpos(b.block_name, :text) > 0 and b.school is not null"
                        + " order by l.county_code, l.entry_grade, b.block_name, b.block_id limit :limit")
                .param("text", text)
                .param("limit", limit)
                .query((rs, n) -> new PublicBlockZone(
                        rs.getLong("id"),
                        new RegionCode(rs.getString("county_code")),
                        EntryGrade.valueOf(rs.getString("entry_grade")),
                        rs.getInt("approved_plan_year"),
                        rs.getString("block_id"),
                        rs.getString("block_name"),
                        rs.getString("school")))
                .list();
    }

    private static ZoningRun run(ResultSet rs) throws SQLException {
        return new ZoningRun(
                rs.getLong("job_id"),
                rs.getLong("study_id"),
                rs.getString("pins"),
                rs.getString("plan_json"),
                rs.getString("plan_copy"),
                rs.getString("zones_csv"),
                rs.getString("block_zones_csv"),
                rs.getString("error_code"),
                rs.getString("error_params"));
    }

    private static ZoningStudy study(ResultSet rs, List<StudyFile> files) throws SQLException {
        long job = rs.getLong("approved_job_id");
        Long approvedJob = rs.wasNull() ? null : job;
        int planYear = rs.getInt("approved_plan_year");
        Integer approvedPlanYear = rs.wasNull() ? null : planYear;
        return new ZoningStudy(
                rs.getLong("id"),
                new RegionCode(rs.getString("county_code")),
                rs.getInt("year"),
                EntryGrade.valueOf(rs.getString("entry_grade")),
                rs.getString("policy"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                files,
                approvedJob,
                rs.getString("approved_by"),
                instant(rs.getTimestamp("approved_at")),
                approvedPlanYear);
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
