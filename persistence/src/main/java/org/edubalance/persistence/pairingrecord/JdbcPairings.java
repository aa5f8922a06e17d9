package org.edubalance.persistence.pairingrecord;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.edubalance.core.pairingrecord.ActivityKind;
import org.edubalance.core.pairingrecord.Agreement;
import org.edubalance.core.pairingrecord.Pairing;
import org.edubalance.core.pairingrecord.PairingActivity;
import org.edubalance.core.pairingrecord.Pairings;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.Segment;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link Pairings}: {@code pairing} with its agreement, and {@code pairing_activity}. */
public final class JdbcPairings implements Pairings {
    private static final String COLUMNS = "id, county_code, segment, mentor_school, mentee_school, start_year,"
            + " end_year, agreement_signed_on, agreement_summary, agreement_reference";
    private static final String ACTIVITY_COLUMNS =
            "id, pairing_id, activity_date, kind, participants, teachers_mentored, note, recorded_by";

    private final JdbcClient jdbc;

    public JdbcPairings(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public long add(Pairing pairing) {
        Agreement a = pairing.agreement();
        return jdbc.sql("insert into pairing (county_code, segment, mentor_school, mentee_school, start_year, end_year,"
                        + " agreement_signed_on, agreement_summary, agreement_reference) values (:county, :segment,"
                        + " :mentor, :mentee, :start, :end, :signed, :summary, :reference) returning id")
                .param("county", pairing.county().value())
                .param("segment", pairing.segment().name())
                .param("mentor", pairing.mentor().value())
                .param("mentee", pairing.mentee().value())
                .param("start", pairing.startYear())
                .param("end", pairing.endYear())
                .param("signed", Date.valueOf(a.signedOn()))
                .param("summary", a.summary())
                .param("reference", a.fileReference())
                .query(Long.class)
                .single();
    }

    @Override
    public Optional<Pairing> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from pairing where id = :id")
                .param("id", id)
                .query((rs, n) -> pairing(rs))
                .optional();
    }

    @Override
    public List<Pairing> ofCounty(RegionCode county) {
        return jdbc.sql("select " + COLUMNS + " from pairing where county_code = :county"
                        + " order by start_year, segment, mentor_school, mentee_school, id")
                .param("county", county.value())
                .query((rs, n) -> pairing(rs))
                .list();
    }

    @Override
    public boolean updateAgreement(long id, Agreement agreement) {
        return jdbc.sql("update pairing set agreement_signed_on = :signed, agreement_summary = :summary,"
                                + " agreement_reference = :reference where id = :id")
                        .param("id", id)
                        .param("signed", Date.valueOf(agreement.signedOn()))
                        .param("summary", agreement.summary())
                        .param("reference", agreement.fileReference())
                        .update()
                > 0;
    }

    @Override
    public boolean end(long id, int endYear) {
        return jdbc.sql("update pairing set end_year = :end where id = :id")
                        .param("id", id)
                        .param("end", endYear)
                        .update()
                > 0;
    }

    @Override
    public boolean delete(long id) {
        return jdbc.sql("delete from pairing where id = :id").param("id", id).update() > 0;
    }

    @Override
    public long addActivity(PairingActivity activity) {
        return jdbc.sql("insert into pairing_activity (pairing_id, activity_date, kind, participants,"
                        + " teachers_mentored, note, recorded_by) values (:pairing, :date, :kind, :participants,"
                        + " :mentored, :note, :user) returning id")
                .param("pairing", activity.pairingId())
                .param("date", Date.valueOf(activity.date()))
                .param("kind", activity.kind().name())
                .param("participants", activity.participants())
                .param("mentored", activity.teachersMentored())
                .param("note", activity.note())
                .param("user", activity.recordedBy())
                .query(Long.class)
                .single();
    }

    @Override
    public List<PairingActivity> activities(long pairingId) {
        return jdbc.sql("select " + ACTIVITY_COLUMNS + " from pairing_activity where pairing_id = :pairing"
                        + " order by activity_date desc, id desc")
                .param("pairing", pairingId)
                .query((rs, n) -> activity(rs))
                .list();
    }

    @Override
    public Map<Long, Integer> activityCounts(RegionCode county) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("select a.pairing_id, count(*) as n from pairing_activity a join pairing p on p.id = a.pairing_id"
                        + " where p.county_code = :county group by a.pairing_id order by a.pairing_id")
                .param("county", county.value())
                .query(rs -> {
                    counts.put(rs.getLong("pairing_id"), rs.getInt("n"));
                });
        return counts;
    }

    private static Pairing pairing(ResultSet rs) throws SQLException {
        int end = rs.getInt("end_year");
        Integer endYear = rs.wasNull() ? null : end;
        return new Pairing(
                rs.getLong("id"),
                new RegionCode(rs.getString("county_code")),
                Segment.valueOf(rs.getString("segment")),
                new SchoolCode(rs.getString("mentor_school")),
                new SchoolCode(rs.getString("mentee_school")),
                rs.getInt("start_year"),
                endYear,
                new Agreement(
                        rs.getObject("agreement_signed_on", LocalDate.class),
                        rs.getString("agreement_summary"),
                        rs.getString("agreement_reference")));
    }

    private static PairingActivity activity(ResultSet rs) throws SQLException {
        int mentored = rs.getInt("teachers_mentored");
        Integer teachersMentored = rs.wasNull() ? null : mentored;
        return new PairingActivity(
                rs.getLong("id"),
                rs.getLong("pairing_id"),
                rs.getObject("activity_date", LocalDate.class),
                ActivityKind.valueOf(rs.getString("kind")),
                rs.getInt("participants"),
                teachersMentored,
                rs.getString("note"),
                rs.getString("recorded_by"));
    }
}
