package org.edubalance.cli.template;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.edubalance.cli.BadInputException;
import org.edubalance.cli.ExitCodes;
import org.edubalance.cli.Language;
import org.edubalance.dataimport.school.SchoolTemplate;
import org.edubalance.dataimport.staff.TeacherTemplate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code edubalance template}: the Excel template of the school file, ready to fill in. */
@Command(
        name = "template",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the Excel template of the school file or the teacher roster.",
            "Writes the template of the school file (docs/data-formats.md §1) or, with --kind teachers, of the teacher"
                    + " roster (§4): the headers the importer reads, drop-down lists for the enumerations, number"
                    + " checks, and a sheet of notes.",
            "生成学校数据或教师名册 Excel 模板（含下拉列表与填写说明）。"
        },
        footer = {
            "",
            "Examples:",
            "  edubalance template --lang zh --out 学校数据模板.xlsx",
            "  edubalance template --kind teachers --lang zh --out 教师名册模板.xlsx"
        })
public final class TemplateCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "Where to write the template.")
    private Path out;

    @Option(
            names = "--kind",
            defaultValue = "schools",
            paramLabel = "schools|teachers",
            description =
                    "The school file (docs/data-formats.md §1) or the teacher roster (§4). Default: ${DEFAULT-VALUE}.")
    private String kind;

    @Option(
            names = "--lang",
            defaultValue = "zh",
            description = "Headers and drop-downs in zh (Chinese) or en (English). Default: ${DEFAULT-VALUE}.")
    private Language lang;

    @Override
    public Integer call() throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!kind.equals("schools") && !kind.equals("teachers")) {
            throw new BadInputException("--kind " + kind + ": schools or teachers");
        }
        try (OutputStream stream = Files.newOutputStream(out)) {
            if (kind.equals("teachers")) {
                TeacherTemplate.write(lang.locale(), stream);
            } else {
                SchoolTemplate.write(lang.locale(), stream);
            }
        }
        spec.commandLine().getOut().println(out);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
