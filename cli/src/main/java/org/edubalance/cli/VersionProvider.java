package org.edubalance.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version from the jar manifest (or "development" when run from classes). */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = EduBalanceCommand.class.getPackage().getImplementationVersion();
        return new String[] {"edubalance " + (version == null ? "development" : version)};
    }
}
