package be.stroomplan.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says, once the application is ready, where to find it and how to log in. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            String demo = event.getApplicationContext().getEnvironment()
                    .getProperty("stroomplan.demo-data.enabled", Boolean.class, false)
                    ? " Log in as one of the demo users (for example 'magistraat') with password 'demo'."
                    : " Log in with an account created by the functional administrator.";
            log.info("Stroomplan is ready at http://localhost:{}/ .{}", web.getWebServer().getPort(), demo);
        }
    }
}
