package be.stroomplan.audit;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import be.stroomplan.audit.internal.AuditEntry;
import be.stroomplan.audit.internal.AuditHash;

/**
 * Proves the audit chain unbroken: walks {@code audit_event} in sequence order, a page at a time,
 * and checks for every row that its sequence is the next one (else {@code missing row}), that its
 * stored previous hash is the previous row's hash (else {@code prev hash mismatch}) and that its
 * hash is the SHA-256 of the previous hash and its canonical content (see {@link AuditHash}; else
 * {@code hash mismatch}). It stops at the first broken link.
 * <p>
 * It verifies the sealed chain only: call {@link AuditTrail#flush()} first to include what is
 * still pending.
 */
@Component
public class AuditVerifier {

    static final int PAGE_SIZE = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;

    public AuditVerifier(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactionManager);
        this.snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
        this.snapshot.setName("audit-verify");
    }

    /** Verifies the whole chain on one consistent snapshot of the database. */
    public VerificationResult verify() {
        return snapshot.execute(status -> verify(JdbcClient.create(jdbc)));
    }

    /**
     * Verifies the chain as seen through {@code client} (its connection, its transaction). For
     * checks on a connection of one's own, e.g. in tests that tamper inside a transaction.
     */
    public VerificationResult verify(JdbcClient client) {
        long expected = 1;
        long checked = 0;
        String prevHash = AuditHash.GENESIS;
        while (true) {
            List<AuditEntry> page = client
                    .sql("SELECT " + AuditEntry.COLUMNS + " FROM audit_event WHERE sequence >= :from"
                            + " ORDER BY sequence LIMIT :limit")
                    .param("from", expected)
                    .param("limit", PAGE_SIZE)
                    .query(AuditEntry.MAPPER)
                    .list();
            for (AuditEntry row : page) {
                if (row.sequence() != expected) {
                    return VerificationResult.broken(expected, checked, VerificationResult.MISSING_ROW, prevHash);
                }
                if (!prevHash.equals(row.prevHash())) {
                    return VerificationResult.broken(expected, checked, VerificationResult.PREV_HASH_MISMATCH,
                            prevHash);
                }
                if (!AuditHash.compute(prevHash, row).equals(row.hash())) {
                    return VerificationResult.broken(expected, checked, VerificationResult.HASH_MISMATCH, prevHash);
                }
                prevHash = row.hash();
                checked++;
                expected++;
            }
            if (page.size() < PAGE_SIZE) {
                return VerificationResult.valid(checked, checked == 0 ? null : prevHash);
            }
        }
    }
}
