package be.stroomplan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import be.stroomplan.StroomplanApplication;

class AuditModuleTests {

    private final ApplicationModules modules = ApplicationModules.of(StroomplanApplication.class);

    @Test
    void auditModuleBuildsOnThePlatformOnly() {
        ApplicationModule audit = modules.getModuleByName("audit").orElseThrow();
        assertThat(audit.getBootstrapDependencies(modules).map(ApplicationModule::getName))
                .allMatch("platform"::equals);
        modules.verify();
    }
}
