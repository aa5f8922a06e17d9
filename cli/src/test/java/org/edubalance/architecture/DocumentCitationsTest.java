package org.edubalance.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The repository stands on its own: every document a file of the repository cites is in the repository, and every
 * section it cites exists. Code, tests, resources, poms, scripts and docs cite the domain documents as
 * {@code docs/<name>.md §N}; a bare name, a name followed by a section sign without the path, or a path into a
 * directory outside the repository is refused. Each cited section must be a heading of that document (the headings
 * are numbered "## 3.", "### 3.1", "#### 1.3.1").
 */
class DocumentCitationsTest {
    private static final String DOCUMENTS = "(standards|data-formats|planning-methods|style)";
    /** A document's name with its extension, not part of a longer name. */
    private static final Pattern NAME_WITH_EXTENSION = Pattern.compile("(?<![\\w-])" + DOCUMENTS + "\\.md\\b");
    /** A document's name followed by a section sign: a citation that lost its path and extension. */
    private static final Pattern NAME_WITH_SECTION = Pattern.compile("(?<![\\w/.-])" + DOCUMENTS + " ?§");
    /** A citation with its sections: "docs/<name>.md §1.1, §1.4–§1.6". */
    private static final Pattern CITATION =
            Pattern.compile("docs/" + DOCUMENTS + "\\.md((?:\\s*(?:,|–|-|and|or)?\\s*§\\s*\\d+(?:\\.\\d+)*)+)");

    private static final Pattern SECTION_NUMBER = Pattern.compile("§\\s*(\\d+(?:\\.\\d+)*)");
    /** A citation of a named rule or source rather than a section: "docs/style.md D5", "docs/standards.md S38c". */
    private static final Pattern NAMED_CITATION =
            Pattern.compile("docs/" + DOCUMENTS + "\\.md,? (?:rule )?([DRS]\\d+[a-z]?)\\b");
    /** A path into the repository's docs directory, which must exist. */
    private static final Pattern DOCS_PATH = Pattern.compile("(?<![\\w./-])docs/[\\w/.-]*\\w\\.md\\b");
    /** A relative Markdown link target, allowed inside docs/ ("](<name>.md)", "](../<name>.md)"). */
    private static final Pattern RELATIVE_LINK_BEFORE = Pattern.compile("\\]\\((?:\\.\\.?/)*$");

    private static final Pattern OUTSIDE = Pattern.compile("shared" + "/docs|/work/" + "shared");
    /** Documents of the project's sources that the repository does not hold (their content is in docs/). */
    private static final Pattern NOT_IN_REPOSITORY = Pattern.compile("(?<![\\w/.-])(stack|planning-contracts)\\.md");

    private static final Set<String> SKIPPED_DIRECTORIES =
            Set.of(".git", "target", "node_modules", ".idea", ".venv", "venv", "__pycache__");
    private static final Set<String> TEXT_EXTENSIONS = Set.of(
            "java",
            "md",
            "xml",
            "properties",
            "py",
            "sh",
            "yaml",
            "yml",
            "json",
            "sql",
            "html",
            "js",
            "css",
            "txt",
            "cmd",
            "config");
    private static final Set<String> TEXT_FILES_WITHOUT_EXTENSION = Set.of("edubalance", "run", "mvnw");

    private static Path root;
    private static List<Path> files;

    @BeforeAll
    static void readTheTree() throws IOException {
        root = repositoryRoot();
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                Path relative = root.relativize(dir);
                boolean skipped = SKIPPED_DIRECTORIES.contains(String.valueOf(dir.getFileName()))
                        // the platform's own data directory (./edubalance serve), not sources
                        || relative.toString().equals("data");
                return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() && isText(file)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        files = List.copyOf(found);
    }

    @Test
    void theTreeIsTheRepository() {
        assertThat(files)
                .as("the scan sees the docs and the sources")
                .contains(root.resolve("docs/standards.md"), root.resolve("README.md"))
                .hasSizeGreaterThan(500);
    }

    @Test
    void nothingPointsOutsideTheRepository() {
        List<String> outside = violations(OUTSIDE, (file, line, m) -> true);
        outside.addAll(violations(NOT_IN_REPOSITORY, (file, line, m) -> true));
        assertThat(outside).as("documents outside the repository").isEmpty();
    }

    @Test
    void theDomainDocumentsAreCitedWithTheirPathInDocs() {
        List<String> bare = violations(NAME_WITH_EXTENSION, (file, line, m) -> {
            String before = line.substring(0, m.start());
            if (before.endsWith("docs/")) {
                return false;
            }
            return !(root.relativize(file).startsWith("docs")
                    && RELATIVE_LINK_BEFORE.matcher(before).find());
        });
        bare.addAll(violations(NAME_WITH_SECTION, (file, line, m) -> true));
        assertThat(bare).as("cite docs/<name>.md §N, not a bare document name").isEmpty();
    }

    @Test
    void everyCitedSectionExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher citation = CITATION.matcher(lines.get(i));
                while (citation.find()) {
                    List<String> headings = headings(citation.group(1));
                    Matcher section = SECTION_NUMBER.matcher(citation.group(2));
                    while (section.find()) {
                        String number = section.group(1);
                        Pattern heading = Pattern.compile("#{2,6}\\s+" + Pattern.quote(number) + "\\.?\\s.*");
                        if (headings.stream().noneMatch(h -> heading.matcher(h).matches())) {
                            missing.add(where(file, i) + "docs/" + citation.group(1) + ".md §" + number);
                        }
                    }
                }
            }
        }
        assertThat(missing).as("cited sections that the doc does not have").isEmpty();
    }

    @Test
    void everyCitedRuleOrSourceExists() {
        assertThat(violations(NAMED_CITATION, (file, line, m) -> {
                    Pattern named = Pattern.compile("(?<![\\w-])" + Pattern.quote(m.group(2)) + "(?![\\w-])");
                    return lines(root.resolve("docs/" + m.group(1) + ".md")).stream()
                            .noneMatch(l -> named.matcher(l).find());
                }))
                .as("cited rules (D1–D9, R1–R7) or sources (S1 …) that the doc does not name")
                .isEmpty();
    }

    @Test
    void everyCitedDocExists() {
        assertThat(violations(DOCS_PATH, (file, line, m) -> !Files.isRegularFile(root.resolve(m.group()))))
                .as("docs/… paths that name no file")
                .isEmpty();
    }

    private interface Rule {
        boolean broken(Path file, String line, Matcher match);
    }

    private static List<String> violations(Pattern pattern, Rule rule) {
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = pattern.matcher(lines.get(i));
                while (m.find()) {
                    if (rule.broken(file, lines.get(i), m)) {
                        found.add(where(file, i) + lines.get(i).strip());
                    }
                }
            }
        }
        return found;
    }

    private static List<String> headings(String document) {
        return lines(root.resolve("docs/" + document + ".md")).stream()
                .filter(l -> l.startsWith("#"))
                .toList();
    }

    private static String where(Path file, int index) {
        return root.relativize(file) + ":" + (index + 1) + ": ";
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException notText) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0
                ? TEXT_FILES_WITHOUT_EXTENSION.contains(name)
                : TEXT_EXTENSIONS.contains(name.substring(dot + 1));
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("docs")))) {
            dir = dir.getParent();
        }
        assertThat(dir)
                .as("the repository root above %s", Path.of("").toAbsolutePath())
                .isNotNull();
        return dir;
    }
}
