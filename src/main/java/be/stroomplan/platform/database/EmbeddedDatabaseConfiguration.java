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

    /** Stops the shared server when the context closes, unless tests share it for the whole JVM. */
    static final class EmbeddedDatabaseHandle implements org.springframework.beans.factory.DisposableBean {

        @Override
        public void destroy() {
            EmbeddedDatabaseServer.running()
                    .filter(server -> server.settings().stopWithContext())
                    .ifPresent(EmbeddedDatabaseServer::stop);
        }
    }
}
