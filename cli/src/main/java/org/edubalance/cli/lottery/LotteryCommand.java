package org.edubalance.cli.lottery;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.edubalance.cli.BadInputException;
import org.edubalance.cli.ExitCodes;
import org.edubalance.cli.Language;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.json.JsonReader;
import org.edubalance.planning.admission.AdmissionPlanner;
import org.edubalance.planning.admission.AdmissionResult;
import org.edubalance.planning.lottery.LotteryInput;
import org.edubalance.planning.lottery.LotteryV1;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code edubalance lottery}: {@code commit} prints the input hashes and the commit to publish before a draw; {@code
 * verify} recomputes a published result from the files and its public value (docs/planning/lottery.md).
 */
@Command(
        name = "lottery",
        mixinStandardHelpOptions = true,
        description = {"Commits to a draw's inputs and verifies a published result.", "公开摇号：摇号前公布输入文件的承诺值；摇号后任何人可复核结果。"
        },
        subcommands = {LotteryCommand.Commit.class, LotteryCommand.Verify.class})
public final class LotteryCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The kinds of draw. */
    public enum Kind {
        admission,
        quota
    }

    /** The inputs of both kinds of draw; each kind uses its own. */
    public static final class Inputs {
        @Option(names = "--schools", paramLabel = "FILE", description = "School data (.csv or .xlsx).")
        public @Nullable Path schools;

        @Option(names = "--seats", paramLabel = "FILE", description = "Admission: seats.csv.")
        public @Nullable Path seats;

        @Option(names = "--zones", paramLabel = "FILE", description = "Admission: zones.csv.")
        public @Nullable Path zones;

        @Option(names = "--applicants", paramLabel = "FILE", description = "Admission: applicants.csv.")
        public @Nullable Path applicants;

        @Option(names = "--high-schools", paramLabel = "FILE", description = "Quota: high_schools.csv.")
        public @Nullable Path highSchools;

        @Option(names = "--candidates", paramLabel = "FILE", description = "Quota: candidates.csv.")
        public @Nullable Path candidates;

        @Option(
                names = "--policy",
                defaultValue = "national",
                paramLabel = "national|FILE.yaml",
                description = "Shipped policy of the kind, or a YAML file. Default: ${DEFAULT-VALUE}.")
        public String policy = "national";

        @Option(names = "--area", paramLabel = "CODE", description = "Quota: the admission area.")
        public @Nullable String area;

        @Option(names = "--county", paramLabel = "CODE", description = "Admission: the county.")
        public @Nullable String county;

        @Option(names = "--year", paramLabel = "N", description = "The school year.")
        public @Nullable Integer year;

        @Option(names = "--entry-grade", paramLabel = "G1|G7", description = "Admission: the entry grade.")
        public @Nullable EntryGrade grade;

        @Option(
                names = "--lang",
                defaultValue = "en",
                description = "Language of the text: zh or en. Default: ${DEFAULT-VALUE}.")
        public Language lang = Language.en;

        /** The admission files, each required. */
        Path required(@Nullable Path file, String option) {
            if (file == null) {
                throw new BadInputException(option + " is required for this kind of draw.");
            }
            return file;
        }
    }

    /** {@code lottery commit}: the input hashes and the commit. */
    @Command(
            name = "commit",
            mixinStandardHelpOptions = true,
            description = {
                "Prints the SHA-256 of every input and the commit to publish before the draw.",
                "Example: edubalance lottery commit --kind admission --schools schools.csv --seats seats.csv"
                        + " --zones zones.csv --applicants applicants.csv"
            })
    public static final class Commit implements Callable<Integer> {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Option(names = "--kind", required = true, paramLabel = "admission|quota", description = "The kind of draw.")
        private Kind kind;

        @Mixin
        private Inputs inputs = new Inputs();

        @Override
        public Integer call() {
            if (kind == Kind.quota) {
                QuotaLottery.Commitment commitment = QuotaLottery.commit(
                        inputs.required(inputs.schools, "--schools"),
                        inputs.required(inputs.highSchools, "--high-schools"),
                        inputs.required(inputs.candidates, "--candidates"),
                        inputs.policy);
                PrintWriter out = spec.commandLine().getOut();
                out.print(commitment.text());
                out.flush();
                return ExitCodes.OK;
            }
            List<LotteryInput> hashes = AdmissionDraw.hashes(
                    inputs.required(inputs.schools, "--schools"),
                    inputs.required(inputs.seats, "--seats"),
                    inputs.required(inputs.zones, "--zones"),
                    inputs.required(inputs.applicants, "--applicants"),
                    inputs.policy);
            PrintWriter out = spec.commandLine().getOut();
            for (LotteryInput input : hashes) {
                out.println(input.name() + "=" + input.sha256());
            }
            out.println((inputs.lang == Language.zh ? "承诺值 commit=" : "commit=") + LotteryV1.commit(hashes));
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code lottery verify}: recomputes a published result. */
    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = {
                "Recomputes a published result from the input files and its public value.",
                "Exit codes: 0 every hash, the commit, the seed, every number and placement reproduce; 1 they do not"
                        + " (the first difference is named); 2 bad input.",
                "Example: edubalance lottery verify --result result.json --schools schools.csv --seats seats.csv"
                        + " --zones zones.csv --applicants applicants.csv"
            })
    public static final class Verify implements Callable<Integer> {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Option(
                names = "--kind",
                paramLabel = "admission|quota",
                description = "The kind of draw (default: the result's kind).")
        private @Nullable Kind kind;

        @Option(names = "--result", required = true, paramLabel = "FILE", description = "The published result.json.")
        private Path result;

        @Mixin
        private Inputs inputs = new Inputs();

        @Override
        public Integer call() throws IOException {
            Map<String, @Nullable Object> published = read(result);
            Kind actual = kind != null ? kind : kindOf(published);
            if (actual == Kind.quota) {
                return QuotaLottery.verify(
                        result,
                        inputs.required(inputs.schools, "--schools"),
                        inputs.required(inputs.highSchools, "--high-schools"),
                        inputs.required(inputs.candidates, "--candidates"),
                        inputs.policy,
                        inputs.area,
                        inputs.year,
                        spec.commandLine().getOut(),
                        spec.commandLine().getErr());
            }
            Object publicValue = published.get("publicValue") != null
                    ? published.get("publicValue")
                    : AdmissionVerification.map(published.get("lottery"), "lottery")
                            .get("publicValue");
            if (!(publicValue instanceof String value) || value.isEmpty()) {
                throw new BadInputException("--result " + result + ": no public value in lottery.publicValue.");
            }
            AdmissionDraw draw = AdmissionDraw.load(
                    inputs.required(inputs.schools, "--schools"),
                    inputs.required(inputs.seats, "--seats"),
                    inputs.required(inputs.zones, "--zones"),
                    inputs.required(inputs.applicants, "--applicants"),
                    inputs.policy,
                    inputs.year != null ? inputs.year : whole(published.get("year")),
                    inputs.county != null ? inputs.county : AdmissionVerification.text(published.get("countyCode")),
                    inputs.grade != null ? inputs.grade : grade(published.get("entryGrade")),
                    spec.commandLine().getErr());
            AdmissionResult recomputed = new AdmissionPlanner().plan(draw.round(), draw.inputs(), value);
            String difference = new AdmissionVerification(published).firstDifference(recomputed);
            boolean zh = inputs.lang == Language.zh;
            if (difference != null) {
                PrintWriter err = spec.commandLine().getErr();
                err.println((zh ? "复核不一致：" : "Does not reproduce: ") + difference);
                err.flush();
                return ExitCodes.FAILURE;
            }
            PrintWriter out = spec.commandLine().getOut();
            int n = recomputed.assignments().size();
            out.println(
                    zh
                            ? "复核通过：输入哈希、承诺值、种子、" + n + " 个摇号号码和录取结果全部一致。"
                            : "Verified: the input hashes, the commit, the seed, " + n
                                    + " lottery numbers and every placement reproduce.");
            out.flush();
            return ExitCodes.OK;
        }

        private static @Nullable Integer whole(@Nullable Object value) {
            return value instanceof BigDecimal d ? d.intValueExact() : null;
        }

        private static @Nullable EntryGrade grade(@Nullable Object value) {
            for (EntryGrade g : EntryGrade.values()) {
                if (g.name().equals(value)) {
                    return g;
                }
            }
            return null;
        }

        private Kind kindOf(Map<String, @Nullable Object> published) {
            Object kind = published.get("kind");
            for (Kind k : Kind.values()) {
                if (k.name().equals(kind)) {
                    return k;
                }
            }
            throw new BadInputException("--result " + result + ": kind '" + kind + "' is neither admission nor quota."
                    + " Maybe give --kind.");
        }

        private static Map<String, @Nullable Object> read(Path file) throws IOException {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new BadInputException("--result " + file + ": file not found. Maybe check the path.");
            }
            try {
                return AdmissionVerification.map(JsonReader.parse(text), "the document");
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--result " + file + ": " + e.getMessage());
            }
        }
    }
}
