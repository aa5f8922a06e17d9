package org.edubalance.cli.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.edubalance.cli.CliRun;
import org.edubalance.cli.ExitCodes;
import org.edubalance.core.json.JsonReader;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The platform's planners and the repository's independent Python verifier (verifier/) on the verifier's hand-built
 * fixtures, both ways: the Java result carries the hand-derived assignments of the fixture and the Python verifier
 * reproduces it (exit 0); the Python result is reproduced by {@code edubalance lottery verify} (exit 0); and the two
 * documents are equal value for value. The fixtures' reasoning is in verifier/tests/fixtures/README.md.
 */
class JavaAgainstPythonVerifierTest {

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> dirs = Files.list(repositoryRoot().resolve("verifier/tests/fixtures"))) {
            return dirs
                    .filter(Files::isDirectory)
                    .map(d -> d.getFileName().toString())
                    .filter(name -> name.startsWith("admission-") || name.startsWith("quota-"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void javaAndPythonReproduceEachOther(String fixture, @TempDir Path tmp) throws Exception {
        Path dir = repositoryRoot().resolve("verifier/tests/fixtures").resolve(fixture);
        String kind = fixture.startsWith("admission-") ? "admission" : "quota";
        List<String> inputs = inputs(dir, kind);
        String publicValue = Files.readString(dir.resolve("public-value.txt"), StandardCharsets.UTF_8);

        Path javaResult = tmp.resolve("java.json");
        List<String> plan = new ArrayList<>(List.of("plan", kind));
        plan.addAll(inputs);
        plan.addAll(List.of("--public-value", publicValue, "--out", javaResult.toString()));
        CliRun planned = CliRun.of(plan.toArray(String[]::new));
        assertThat(planned.exitCode()).as(planned.err()).isEqualTo(ExitCodes.OK);

        // The hand-derived placements of the fixture.
        Map<String, Object> expected = read(dir.resolve("expected.json"));
        Map<String, Object> java = read(javaResult);
        String placements = kind.equals("admission") ? "assignments" : "admissions";
        assertThat(onlyKeysOf(expected.get(placements), java.get(placements))).isEqualTo(expected.get(placements));

        // Python reproduces the Java result …
        List<String> verify = new ArrayList<>(List.of("verify", "--kind", kind, "--result", javaResult.toString()));
        verify.addAll(inputs);
        Python verified = python(verify);
        assertThat(verified.exit()).as(verified.output()).isZero();

        // … Java reproduces the Python result, and the two documents agree value for value.
        Path pythonResult = tmp.resolve("python.json");
        List<String> pyPlan = new ArrayList<>(List.of("plan", "--kind", kind));
        pyPlan.addAll(inputs);
        pyPlan.addAll(List.of("--public-value", publicValue, "--out", pythonResult.toString()));
        Python pyPlanned = python(pyPlan);
        assertThat(pyPlanned.exit()).as(pyPlanned.output()).isZero();
        List<String> javaVerify =
                new ArrayList<>(List.of("lottery", "verify", "--kind", kind, "--result", pythonResult.toString()));
        javaVerify.addAll(inputs);
        CliRun reproduced = CliRun.of(javaVerify.toArray(String[]::new));
        assertThat(reproduced.exitCode())
                .as(reproduced.out() + reproduced.err())
                .isEqualTo(ExitCodes.OK);
        assertSameDocument("", java, read(pythonResult));
    }

    private static List<String> inputs(Path dir, String kind) {
        List<String> args = new ArrayList<>();
        List<String> files = kind.equals("admission")
                ? List.of("schools", "seats", "zones", "applicants")
                : List.of("schools", "high_schools", "candidates");
        for (String file : files) {
            args.add("--" + file.replace('_', '-'));
            args.add(dir.resolve(file + ".csv").toString());
        }
        if (dir.getFileName().toString().equals("admission-multiple")) {
            // The fixture also holds one G1 row of each file, so the grade must be named (its README says why).
            args.addAll(List.of("--entry-grade", "G7"));
        }
        if (Files.exists(dir.resolve("policy.yaml"))) {
            args.add("--policy");
            args.add(dir.resolve("policy.yaml").toString());
        }
        return args;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(Path json) throws IOException {
        return (Map<String, Object>) JsonReader.parse(Files.readString(json, StandardCharsets.UTF_8));
    }

    /**
     * The entries of {@code actual} with only the fields the hand-derived {@code expected} entries hold (a fixture may
     * leave out the lottery numbers, which are computed, not derived by hand).
     */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> onlyKeysOf(Object expected, Object actual) {
        List<Map<String, Object>> wanted = (List<Map<String, Object>>) expected;
        List<Map<String, Object>> given = (List<Map<String, Object>>) actual;
        assertThat(given).hasSameSizeAs(wanted);
        List<Map<String, Object>> kept = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Map<String, Object> entry = new java.util.LinkedHashMap<>(given.get(i));
            entry.keySet().retainAll(wanted.get(i).keySet());
            kept.add(entry);
        }
        return kept;
    }

    /**
     * The two documents hold the same keys, entries and values; numbers are compared as numbers (a score written
     * {@code 480} or {@code 480.0} is one value), to 1e-9 (the equity statistics are computed in double).
     */
    private static void assertSameDocument(String path, @Nullable Object java, @Nullable Object python) {
        if (java instanceof Map<?, ?> a && python instanceof Map<?, ?> b) {
            assertThat(a.keySet()).as(path).isEqualTo(b.keySet());
            a.forEach((key, value) -> assertSameDocument(path + "." + key, value, b.get(key)));
        } else if (java instanceof List<?> a && python instanceof List<?> b) {
            assertThat(a).as(path).hasSameSizeAs(b);
            for (int i = 0; i < a.size(); i++) {
                assertSameDocument(path + "[" + i + "]", a.get(i), b.get(i));
            }
        } else if (java instanceof BigDecimal a && python instanceof BigDecimal b) {
            assertThat(a.subtract(b).abs())
                    .as(path + ": " + a + " vs " + b)
                    .isLessThanOrEqualTo(new BigDecimal("1e-9"));
        } else {
            assertThat(java).as(path).isEqualTo(python);
        }
    }

    private record Python(int exit, String output) {}

    private static Python python(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", "verifier/edubalance_verify.py"));
        command.addAll(args);
        var builder =
                new ProcessBuilder(command).directory(repositoryRoot().toFile()).redirectErrorStream(true);
        builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as(output).isTrue();
        return new Python(process.exitValue(), output);
    }

    /** The folder holding verifier/, walking up from the module's working directory. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("verifier"))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "no verifier/ folder above " + Path.of("").toAbsolutePath());
    }
}
