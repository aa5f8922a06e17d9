package org.edubalance.cli.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.edubalance.app.EduBalanceApplication;
import org.edubalance.cli.ExitCodes;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code edubalance serve}: starts the web platform and runs until stopped. It names only {@link
 * EduBalanceApplication}, and only inside {@link #call()}, so the other commands never load a Spring class.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Starts the web platform: pages and the REST API.",
            "The pages are at http://localhost:8080, the REST API under /api/v1, its OpenAPI description at"
                    + " /swagger-ui. By default the data are kept in an embedded PostgreSQL in ./data, loaded with the"
                    + " demo city on first start.",
            "启动 EduBalance 网页平台（页面与 REST API）。"
        },
        footer = {
            "",
            "Environment: EDUBALANCE_PORT, EDUBALANCE_DATA_DIR, EDUBALANCE_DEMO_PASSWORD; for an external PostgreSQL:"
                    + " EDUBALANCE_DB_MODE=external SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD (see README).",
            "",
            "Example:",
            "  edubalance serve --port 8081"
        })
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", description = "HTTP port. Default: EDUBALANCE_PORT, else 8080.")
    private @Nullable Integer port;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Where the embedded database keeps its data. Default: EDUBALANCE_DATA_DIR, else ./data.")
    private @Nullable Path dataDir;

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>();
        if (port != null) {
            args.add("--server.port=" + port);
        }
        if (dataDir != null) {
            args.add("--app.data-dir=" + dataDir);
        }
        EduBalanceApplication.serve(args.toArray(String[]::new));
        return ExitCodes.OK;
    }
}
