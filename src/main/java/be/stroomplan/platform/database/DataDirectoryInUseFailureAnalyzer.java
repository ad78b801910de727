package be.stroomplan.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a second start on the same data directory in two sentences instead of a stack trace. */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
        return new FailureAnalysis(cause.getMessage() + ".",
                "Stop the other instance first, or give this one its own directory with "
                        + "--stroomplan.database.embedded.data-directory=<path>, or point it at an external "
                        + "PostgreSQL with SPRING_DATASOURCE_URL.", cause);
    }
}
