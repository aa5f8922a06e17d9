package org.edubalance.cli.data;

import java.nio.file.Path;
import org.edubalance.core.standard.StandardCatalogue;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options naming what to evaluate, shared by {@code evaluate} and {@code report} (a picocli mixin). */
public final class DataOptions {
    @Option(names = "--data", required = true, paramLabel = "FILE", description = "School data (.csv or .xlsx).")
    Path data;

    @Option(
            names = "--standard",
            paramLabel = "ID|FILE",
            defaultValue = StandardCatalogue.DEFAULT_ID,
            description =
                    "Shipped pack (cn-2017-quality, cn-2012-basic, hebei-2017-quality) or a pack file. Default: ${DEFAULT-VALUE}.")
    String standard;

    @Option(
            names = "--inputs",
            paramLabel = "FILE",
            description = "County inputs (.csv or .xlsx). Default: county-inputs.csv beside the data, if present.")
    @Nullable
    Path inputs;

    @Option(names = "--year", paramLabel = "N", description = "School year (default: the latest in the data).")
    @Nullable
    Integer year;

    @Option(names = "--county", paramLabel = "CODE", description = "Only this county (6-digit code).")
    @Nullable
    String county;

    public Path data() {
        return data;
    }

    public String standard() {
        return standard;
    }

    public @Nullable Path inputs() {
        return inputs;
    }

    public @Nullable Integer year() {
        return year;
    }

    public @Nullable String county() {
        return county;
    }
}
