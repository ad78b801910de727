package be.stroomplan.audit;

import be.stroomplan.support.ApplicationTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;


/**
 * The one application context all audit tests share (same annotations, so Spring's test context
 * cache builds it once): the whole application on the embedded PostgreSQL, with MockMvc.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationTest
public @interface AuditIntegrationTest {
}
