package be.stroomplan.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import be.stroomplan.audit.AuditIntegrationTest;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.audit.AuditVerifier;
import be.stroomplan.audit.VerificationResult;

@AuditIntegrationTest
class AuditVerifyCommandTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final AtomicInteger exitStatus = new AtomicInteger(-1);

    private AuditVerifyCommand command(AuditVerifier verifier) {
        return new AuditVerifyCommand(trail, verifier, new PrintStream(out, true, StandardCharsets.UTF_8),
                exitStatus::set);
    }

    @Test
    void doesNothingWithoutTheOption() throws Exception {
        command(verifier).run(new DefaultApplicationArguments("--other"));
        assertThat(out.size()).isZero();
        assertThat(exitStatus).hasValue(-1);
    }

    @Test
    void printsJsonAndExitsWithZeroWhenValid() throws Exception {
        command(verifier).run(new DefaultApplicationArguments("--audit-verify"));
        assertThat(out.toString(StandardCharsets.UTF_8).trim())
                .matches("\\{\"valid\":true,\"checked\":\\d+,\"lastHash\":\"[0-9a-f]{64}\"}");
        assertThat(exitStatus).hasValue(0);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = 'VERIFY'"
                + " AND actor_user = 'system' AND details LIKE 'command line:%'", Long.class)).isPositive();
    }

    @Test
    void exitsWithOneWhenBroken() throws Exception {
        AuditVerifier broken = new AuditVerifier(jdbc, transactionManager) {

            @Override
            public VerificationResult verify() {
                return VerificationResult.broken(7, 6, VerificationResult.HASH_MISMATCH, "a".repeat(64));
            }
        };
        command(broken).run(new DefaultApplicationArguments("--audit-verify"));
        assertThat(out.toString(StandardCharsets.UTF_8).trim()).isEqualTo(
                "{\"valid\":false,\"checked\":6,\"firstBrokenSequence\":7,\"reason\":\"hash mismatch\",\"lastHash\":\""
                        + "a".repeat(64) + "\"}");
        assertThat(exitStatus).hasValue(1);
    }
}
