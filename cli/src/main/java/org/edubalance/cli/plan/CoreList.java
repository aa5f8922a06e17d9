package org.edubalance.cli.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.edubalance.cli.BadInputException;

/**
 * The core schools a bureau names for {@code plan groups}: a comma-separated list, or a CSV file whose first column
 * holds one school code a row (a first row that is not a code, such as {@code school_code}, is its header).
 */
final class CoreList {
    private CoreList() {}

    /** The codes of {@code list} ("3710020001,3710020002"). */
    static Set<String> of(String list) {
        Set<String> codes = new LinkedHashSet<>();
        for (String cell : list.split(",", -1)) {
            String code = cell.strip();
            if (!isCode(code) || !codes.add(code)) {
                throw new BadInputException("--cores: '" + code + "' is not a school code given once (digits and"
                        + " letters, such as 3710020001).");
            }
        }
        return codes;
    }

    /** The codes of {@code file}, one a row in the first column. */
    static Set<String> of(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such file of core schools.");
        }
        List<String> rows = Files.readAllLines(file, StandardCharsets.UTF_8);
        Set<String> codes = new LinkedHashSet<>();
        for (int r = 0; r < rows.size(); r++) {
            String code =
                    rows.get(r).replace("\uFEFF", "").split(",", -1)[0].strip().replace("\"", "");
            if (code.isEmpty() || (r == 0 && !isCode(code))) {
                continue;
            }
            if (!isCode(code) || !codes.add(code)) {
                throw new BadInputException(file.getFileName() + ": row " + (r + 1) + ", column 1: '" + code
                        + "' is not a school code given once.");
            }
        }
        if (codes.isEmpty()) {
            throw new BadInputException(file.getFileName() + ": names no core school (one school code a row).");
        }
        return codes;
    }

    private static boolean isCode(String code) {
        return code.matches("[0-9A-Za-z]+") && code.chars().anyMatch(Character::isDigit);
    }
}
