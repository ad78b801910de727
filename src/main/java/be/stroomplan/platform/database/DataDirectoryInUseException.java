package be.stroomplan.platform.database;

import java.nio.file.Path;

/** The embedded server's data directory is held by another running Stroomplan instance. */
class DataDirectoryInUseException extends IllegalStateException {

    private final Path dataDirectory;

    DataDirectoryInUseException(Path dataDirectory) {
        super("The data directory " + dataDirectory + " is in use by another running Stroomplan instance");
        this.dataDirectory = dataDirectory;
    }

    Path dataDirectory() {
        return dataDirectory;
    }
}
