package org.edubalance.app.enrolment;

import java.util.List;
import org.edubalance.core.enrolment.EnrolmentRound;
import org.jspecify.annotations.Nullable;

/**
 * What the public page of a published draw shows: the round, its seed, every file with its hash, every child's number
 * and placement (pseudonymous ids only), and the two commands that recompute it.
 *
 * @param round the published round
 * @param seed the draw's seed
 * @param files the input files with their download names
 * @param assignments every child in the applicants file's order
 * @param javaCommand the {@code edubalance lottery verify} command over the downloads
 * @param pythonCommand the same with the repository's Python verifier
 */
public record PublicDrawView(
        EnrolmentRound round,
        String seed,
        List<FileLink> files,
        List<Line> assignments,
        String javaCommand,
        String pythonCommand) {

    public PublicDrawView {
        files = List.copyOf(files);
        assignments = List.copyOf(assignments);
    }

    /** A downloadable input: its name in the commit, the file's name and its SHA-256. */
    public record FileLink(String name, String fileName, String sha256) {}

    /** One child's line of the result. */
    public record Line(
            String applicantId,
            String lotteryNumber,
            @Nullable String school,
            @Nullable String priorityClass,
            @Nullable Integer choiceRank) {}
}
