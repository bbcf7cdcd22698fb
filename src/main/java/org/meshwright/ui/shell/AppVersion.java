package org.meshwright.ui.shell;

/** The application's version, from the jar manifest; {@code dev} when run from classes. */
final class AppVersion {

    private AppVersion() {
    }

    static String get() {
        String version = AppVersion.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
