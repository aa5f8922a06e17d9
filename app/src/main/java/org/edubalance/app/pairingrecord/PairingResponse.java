package org.edubalance.app.pairingrecord;

import java.util.List;
import org.edubalance.core.pairingrecord.Pairing;
import org.edubalance.core.pairingrecord.PairingActivity;
import org.jspecify.annotations.Nullable;

/**
 * A pairing over the API.
 *
 * @param id its number
 * @param county the county's code
 * @param segment {@code PRIMARY} or {@code JUNIOR}
 * @param mentor the mentor school's code
 * @param mentee the mentee school's code
 * @param startYear the first school year
 * @param endYear the last school year, or null while it runs
 * @param agreementSignedOn the agreement's signing day
 * @param agreementSummary what was agreed
 * @param agreementReference where the signed document is kept, or null
 * @param activityCount how many entries its log has
 * @param activities the log entries, newest first, on the pairing's own address; null in lists
 */
record PairingResponse(
        long id,
        String county,
        String segment,
        String mentor,
        String mentee,
        int startYear,
        @Nullable Integer endYear,
        String agreementSignedOn,
        String agreementSummary,
        @Nullable String agreementReference,
        int activityCount,
        @Nullable List<ActivityResponse> activities) {

    static PairingResponse of(Pairing p, int count, @Nullable List<PairingActivity> log) {
        return new PairingResponse(
                p.id(),
                p.county().value(),
                p.segment().name(),
                p.mentor().value(),
                p.mentee().value(),
                p.startYear(),
                p.endYear(),
                p.agreement().signedOn().toString(),
                p.agreement().summary(),
                p.agreement().fileReference(),
                count,
                log == null ? null : log.stream().map(ActivityResponse::of).toList());
    }

    /** One log entry. */
    record ActivityResponse(
            long id,
            String date,
            String kind,
            int participants,
            @Nullable Integer teachersMentored,
            String note,
            String recordedBy) {
        static ActivityResponse of(PairingActivity a) {
            return new ActivityResponse(
                    a.id(),
                    a.date().toString(),
                    a.kind().name(),
                    a.participants(),
                    a.teachersMentored(),
                    a.note(),
                    a.recordedBy());
        }
    }
}
