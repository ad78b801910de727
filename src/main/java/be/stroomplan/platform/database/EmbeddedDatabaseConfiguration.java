package be.stroomplan.platform.database;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Ties the embedded server's life to the application context: the data source and Flyway depend
 * on it, so that on shutdown the connection pool closes first and PostgreSQL stops last.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "stroomplan.database.embedded.active", havingValue = "true")
class EmbeddedDatabaseConfiguration {

    static final String BEAN_NAME = "embeddedDatabaseServerHandle";

    @Bean(BEAN_NAME)
    EmbeddedDatabaseHandle embeddedDatabaseServerHandle() {
        return new EmbeddedDatabaseHandle();
    }

    @Bean
    static BeanFactoryPostProcessor dataSourceDependsOnEmbeddedServer() {
        return beanFactory -> {
            for (String name : beanFactory.getBeanDefinitionNames()) {
                if (name.equals("dataSource") || name.equals("flyway") || name.equals("flywayInitializer")) {
                    BeanDefinition definition = beanFactory.getBeanDefinition(name);
                    String[] dependsOn = definition.getDependsOn();
                    String[] extended = dependsOn == null ? new String[] { BEAN_NAME } : append(dependsOn);
                    definition.setDependsOn(extended);
                }
            }
        };
    }

    private static String[] append(String[] dependsOn) {
        String[] extended = java.util.Arrays.copyOf(dependsOn, dependsOn.length + 1);
        extended[dependsOn.length] = BEAN_NAME;
        return extended;
    }

    /** Holds the shared server for as long as this context lives. */
    static final class EmbeddedDatabaseHandle implements org.springframework.beans.factory.DisposableBean {

        private final EmbeddedDatabaseServer server;

        EmbeddedDatabaseHandle() {
            this.server = EmbeddedDatabaseServer.running()
                    .orElseThrow(() -> new IllegalStateException("The embedded PostgreSQL is not running"));
            server.acquire();
        }

        @Override
        public void destroy() {
            server.release();
        }
    }
}
