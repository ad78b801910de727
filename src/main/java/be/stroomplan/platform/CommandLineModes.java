package be.stroomplan.platform;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Command-line modes of the jar that do one job and exit ({@code --audit-verify}) run without a
 * web server and open no HTTP port.
 */
public class CommandLineModes implements EnvironmentPostProcessor {

    static final String AUDIT_VERIFY = "audit-verify";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains("commandLineArgs") && environment.containsProperty(AUDIT_VERIFY)) {
            environment.getPropertySources().addFirst(new MapPropertySource("commandLineMode",
                    Map.of("spring.main.web-application-type", "none", "spring.main.banner-mode", "off")));
            application.setWebApplicationType(org.springframework.boot.WebApplicationType.NONE);
        }
    }
}
