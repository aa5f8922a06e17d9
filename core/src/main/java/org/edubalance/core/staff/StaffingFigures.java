package org.edubalance.core.staff;

/**
 * The teacher figures of one school segment as the school file reports them (docs/data-formats.md §1), derived from the
 * roster by the counting rules of §4: above-degree by {@link Degree#isAboveMinimumFor}, mid/senior title by {@link
 * Title#isMidOrSenior}, backbone by {@link BackboneLevel#isBackbone}, PE/arts by {@link Subject#isPeOrArts}.
 *
 * @param teachers full-time teachers
 * @param aboveDegree teachers above the required qualification
 * @param midSeniorTitle teachers with a mid or senior title
 * @param backbone county-level-or-above backbone teachers
 * @param peArts PE, music and art teachers
 */
public record StaffingFigures(int teachers, int aboveDegree, int midSeniorTitle, int backbone, int peArts) {
    /** No teachers. */
    public static final StaffingFigures NONE = new StaffingFigures(0, 0, 0, 0, 0);

    /** These figures with {@code teacher} added (or removed when {@code sign} is -1). */
    public StaffingFigures plus(Teacher teacher, int sign) {
        return new StaffingFigures(
                teachers + sign,
                aboveDegree + (teacher.degree().isAboveMinimumFor(teacher.segment()) ? sign : 0),
                midSeniorTitle + (teacher.title().isMidOrSenior() ? sign : 0),
                backbone + (teacher.backboneLevel().isBackbone() ? sign : 0),
                peArts + (teacher.subject().isPeOrArts() ? sign : 0));
    }
}
