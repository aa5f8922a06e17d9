package org.edubalance.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version from the jar manifest (or "development" when run from classes). */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"edubalance " + version()};
    }

    /** The EduBalance version: the jar manifest's implementation version, or "development" when run from classes. */
    public static String version() {
        String version = EduBalanceCommand.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
