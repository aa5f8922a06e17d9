package org.edubalance.core.pairingrecord;

/** What was done under a pairing, as the bureaus' activity logs name it. */
public enum ActivityKind {
    /** A visit of one school's teachers or leaders to the other (互访). */
    VISIT,
    /** A lesson taught or prepared together, e.g. a shared lesson or a lesson study (同课异构). */
    SHARED_LESSON,
    /** Teachers of the mentee mentored by backbone teachers of the mentor (师徒结对); counts the teachers. */
    MENTORED_TEACHER,
    /** The district's weekly activity day (教研活动日). */
    ACTIVITY_DAY,
    /** The monthly salon (沙龙). */
    SALON,
    /** Anything else the log records. */
    OTHER
}
