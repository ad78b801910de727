package be.stroomplan.platform;

import be.stroomplan.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

import be.stroomplan.support.Http;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Repeated wrong passwords lock the name, for existing and unknown users alike. */
@ApplicationTest
class LoginThrottleIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Value("${stroomplan.security.login-throttle.max-failures}")
    int maxFailures;

    @Test
    void repeatedFailuresLockTheNameEvenForTheRightPassword() {
        Http http = new Http(port);
        jdbc.sql("""
                INSERT INTO app_user (username, display_name, organisation_id, password_hash)
                SELECT 'throttle.target', 'Throttle target', id, ? FROM organisation WHERE code = 'PZ_ANTWERPEN'""")
                .param(passwordEncoder.encode("right-password")).update();
        assertThat(http.get("/api/v1/me", "throttle.target", "right-password").status()).isEqualTo(200);
        for (int i = 0; i < maxFailures; i++) {
            assertThat(http.get("/api/v1/me", "throttle.target", "wrong").status()).isEqualTo(401);
        }
        var locked = http.get("/api/v1/me", "throttle.target", "right-password");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Long.parseLong(locked.header("Retry-After"))).isPositive();
    }

    @Test
    void unknownNamesAreLockedTheSameWay() {
        Http http = new Http(port);
        for (int i = 0; i < maxFailures; i++) {
            assertThat(http.get("/api/v1/me", "no.such.user", "guess" + i).status()).isEqualTo(401);
        }
        assertThat(http.get("/api/v1/me", "no.such.user", "guess").status()).isEqualTo(429);
    }
}
