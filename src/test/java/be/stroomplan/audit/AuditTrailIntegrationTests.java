package be.stroomplan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.stroomplan.platform.Actor;

@AuditIntegrationTest
class AuditTrailIntegrationTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    MockMvc mvc;

    @Test
    void chainStaysLinearAndValidUnderConcurrentWritersAndSealers() throws Exception {
        String run = "conc-" + UUID.randomUUID();
        int threads = 16;
        int perThread = 200;
        int rollbacksPerThread = 10;
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        ExecutorService pool = Executors.newFixedThreadPool(threads + 2);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                writers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        int n = i;
                        tx.executeWithoutResult(status -> trail.record(AuditRecord.of(AuditAction.CREATE)
                                .object("TEST", run)
                                .details("thread " + thread + " record " + n)
                                .actor(new Actor("writer-" + thread, "PZ_ANTWERPEN", "127.0.0.1"))
                                .build()));
                        if (n % (perThread / rollbacksPerThread) == 0) {
                            tx.executeWithoutResult(status -> {
                                trail.record(AuditRecord.of(AuditAction.CREATE).object("TEST", run + "-rolled-back")
                                        .actor(Actor.system()).build());
                                status.setRollbackOnly();
                            });
                        }
                    }
                    return null;
                }));
            }
            // two more sealers, as other application nodes would run them
            List<Future<?>> sealers = new ArrayList<>();
            for (int s = 0; s < 2; s++) {
                sealers.add(pool.submit(() -> {
                    start.await();
                    while (writing.get()) {
                        trail.flush();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : writers) {
                writer.get(5, TimeUnit.MINUTES);
            }
            writing.set(false);
            for (Future<?> sealer : sealers) {
                sealer.get(1, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        trail.flush();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE object_id = ?", Long.class, run))
                .isEqualTo((long) threads * perThread);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE object_id = ?", Long.class,
                run + "-rolled-back")).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_pending WHERE object_id LIKE ?", Long.class,
                run + "%")).isZero();
        Map<String, Object> chain = jdbc.queryForMap(
                "SELECT count(*) AS n, min(sequence) AS first, max(sequence) AS last FROM audit_event");
        assertThat(((Number) chain.get("first")).longValue()).isEqualTo(1);
        assertThat(((Number) chain.get("last")).longValue()).isEqualTo(((Number) chain.get("n")).longValue());

        VerificationResult result = verifier.verify();
        assertThat(result.valid()).isTrue();
        assertThat(result.checked()).isEqualTo(((Number) chain.get("n")).longValue());
        assertThat(result.firstBrokenSequence()).isNull();
    }

    @Test
    void rolledBackChangeLeavesNoRowAndCommittedChangeAlwaysHasOne() {
        String id = UUID.randomUUID().toString();
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            trail.record(AuditRecord.of(AuditAction.UPDATE).object("TEST", id).details("rolled back").build());
            throw new IllegalStateException("the change fails");
        })).isInstanceOf(IllegalStateException.class);
        tx.executeWithoutResult(status -> trail.record(
                AuditRecord.of(AuditAction.UPDATE).object("TEST", id).details("committed").build()));
        trail.flush();

        assertThat(jdbc.queryForList("SELECT details FROM audit_event WHERE object_id = ?", String.class, id))
                .containsExactly("committed");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_pending WHERE object_id = ?", Long.class, id))
                .isZero();
    }

    @Test
    void recordsEveryFieldAsGiven() {
        String id = UUID.randomUUID().toString();
        trail.record(AuditRecord.of(AuditAction.DISCLOSE)
                .object("ITEM", id)
                .compartment("case-7")
                .purpose("MAHO_CASUSOVERLEG")
                .legalBasis("protocol P-2026-001")
                .recipients("STAD_ANTWERPEN", "RSZ_SOCIALE_INSPECTIE")
                .outcome(AuditOutcome.SUCCESS)
                .details("disclosed")
                .actor(new Actor("kali.fgp", "FGP_ANTWERPEN", "10.0.0.7"))
                .build());
        trail.flush();

        Map<String, Object> row = jdbc.queryForMap("SELECT actor_user, actor_organisation, action, object_type,"
                + " compartment, purpose, legal_basis, array_to_string(recipients, ',') AS recipients, outcome,"
                + " client_address, details, length(hash) AS hash_length, recorded_at FROM audit_event WHERE object_id = ?",
                id);
        assertThat(row).containsEntry("actor_user", "kali.fgp")
                .containsEntry("actor_organisation", "FGP_ANTWERPEN")
                .containsEntry("action", "DISCLOSE")
                .containsEntry("object_type", "ITEM")
                .containsEntry("compartment", "case-7")
                .containsEntry("purpose", "MAHO_CASUSOVERLEG")
                .containsEntry("legal_basis", "protocol P-2026-001")
                .containsEntry("recipients", "STAD_ANTWERPEN,RSZ_SOCIALE_INSPECTIE")
                .containsEntry("outcome", "SUCCESS")
                .containsEntry("client_address", "10.0.0.7")
                .containsEntry("details", "disclosed")
                .containsEntry("hash_length", 64);
        assertThat(row.get("recorded_at")).isNotNull();
    }

    @Test
    void recordsWithoutTransactionAndInsideReadOnlyTransaction() {
        String id = UUID.randomUUID().toString();
        trail.record(AuditRecord.of(AuditAction.READ).object("TEST", id).details("no transaction").build());
        TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(status -> trail.record(
                AuditRecord.of(AuditAction.READ).object("TEST", id).details("read-only").build()));
        trail.flush();

        assertThat(jdbc.queryForList("SELECT details FROM audit_event WHERE object_id = ? ORDER BY sequence",
                String.class, id)).containsExactly("no transaction", "read-only");
        assertThat(jdbc.queryForObject("SELECT actor_user FROM audit_event WHERE object_id = ? LIMIT 1", String.class,
                id)).isEqualTo("anonymous");
    }

    @Test
    void sealsAfterCommitWithoutAnExplicitFlush() throws InterruptedException {
        String id = UUID.randomUUID().toString();
        new TransactionTemplate(transactionManager).executeWithoutResult(
                status -> trail.record(AuditRecord.of(AuditAction.READ).object("TEST", id).build()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE object_id = ?", Long.class, id) == 0) {
            assertThat(System.nanoTime()).as("sealed within 10 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void logsSecurityEvents() {
        String user = "user-" + UUID.randomUUID();
        var authenticated = UsernamePasswordAuthenticationToken.authenticated(user, null,
                AuthorityUtils.createAuthorityList("ROLE_ANALYST"));
        events.publishEvent(new AuthenticationSuccessEvent(authenticated));
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(user, "wrong"), new BadCredentialsException("bad")));
        events.publishEvent(new LogoutSuccessEvent(authenticated));
        trail.flush();

        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT action, outcome, details FROM audit_event WHERE actor_user = ? ORDER BY sequence", user);
        assertThat(rows).extracting(row -> row.get("action")).containsExactly("LOGIN", "LOGIN_FAILED", "LOGOUT");
        assertThat(rows.get(0).get("details")).isEqualTo("UsernamePasswordAuthenticationToken");
        assertThat(rows.get(1)).containsEntry("outcome", "FAILURE").containsEntry("details", "BadCredentialsException");
    }

    @Test
    void logsAFailedHttpBasicLogin() throws Exception {
        String user = "mallory-" + UUID.randomUUID();
        mvc.perform(get("/api/v1/audit").with(httpBasic(user, "guess"))).andExpect(status().isUnauthorized());
        trail.flush();

        assertThat(jdbc.queryForList("SELECT action FROM audit_event WHERE actor_user = ?", String.class, user))
                .containsExactly("LOGIN_FAILED");
    }
}
