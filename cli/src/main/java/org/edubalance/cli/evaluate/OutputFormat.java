package org.edubalance.cli.evaluate;

/** The output formats of {@code evaluate}. */
enum OutputFormat {
    text,
    json,
    xlsx
}
