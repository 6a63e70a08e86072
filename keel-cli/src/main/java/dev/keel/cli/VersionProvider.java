package dev.keel.cli;

import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = KeelCommand.class.getPackage().getImplementationVersion();
        return new String[] {"keel " + (v == null ? "dev" : v)};
    }
}
