package org.edubalance.core.school;

/**
 * What one school reports for one segment: students, classes and full-time teachers by kind
 * (docs/data-formats.md §1, columns {@code primary_*} / {@code junior_*}).
 *
 * <p>Teacher subsets ({@code teachersAboveDegree} …) never exceed {@code teachers}; importers check this.
 *
 * @param students registered students at the start of the school year (在校生数)
 * @param classes classes (班级数)
 * @param teachers full-time teachers (专任教师数)
 * @param teachersAboveDegree teachers above the segment's legal minimum degree (primary: 专科+, junior: 本科+)
 * @param teachersMidSeniorTitle teachers with an intermediate (一级) or higher title
 * @param backboneTeachers county-level-or-higher backbone teachers (县级及以上骨干教师)
 * @param peArtsTeachers full-time PE, music and art teachers
 */
public record SegmentFigures(
        int students,
        int classes,
        int teachers,
        int teachersAboveDegree,
        int teachersMidSeniorTitle,
        int backboneTeachers,
        int peArtsTeachers) {

    /** A segment the school does not have. */
    public static final SegmentFigures NONE = new SegmentFigures(0, 0, 0, 0, 0, 0, 0);

    public SegmentFigures {
        if (students < 0
                || classes < 0
                || teachers < 0
                || teachersAboveDegree < 0
                || teachersMidSeniorTitle < 0
                || backboneTeachers < 0
                || peArtsTeachers < 0) {
            throw new IllegalArgumentException("Segment figures are never negative: " + students + " students, "
                    + classes + " classes, " + teachers + " teachers");
        }
    }

    public boolean hasStudents() {
        return students > 0;
    }
}
