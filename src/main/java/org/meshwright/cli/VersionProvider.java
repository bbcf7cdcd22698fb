package org.meshwright.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * Says {@code meshwright VERSION}: the jar manifest's {@code Implementation-Version}, else the
 * version Maven records in the jar's {@code pom.properties}, else {@code dev} (classes run
 * straight from a build folder).
 */
final class VersionProvider implements IVersionProvider {

    private static final String POM_PROPERTIES = "/META-INF/maven/org.meshwright/meshwright/pom.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"meshwright " + version()};
    }

    /** The version of the running build. */
    static String version() {
        String fromManifest = VersionProvider.class.getPackage().getImplementationVersion();
        if (fromManifest != null && !fromManifest.isBlank()) {
            return fromManifest;
        }
        try (InputStream in = VersionProvider.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String fromPom = properties.getProperty("version");
                if (fromPom != null && !fromPom.isBlank()) {
                    return fromPom;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // An unreadable resource is no reason to fail --version: fall through to "dev".
        }
        return "dev";
    }
}
