package be.stroomplan.audit;

/**
 * The audit trail: the one way to log that personal or protected data was read, searched,
 * written, disclosed, exported, deconflicted or denied, and logins.
 * <p>
 * <b>Transactions.</b> {@link #record} writes in the caller's transaction when there is a
 * read-write one: if the change rolls back, its audit row goes with it; if it commits, its audit
 * row commits with it. Without a transaction (security events, jobs), or inside a read-only one,
 * the record is written and committed in a transaction of its own before {@code record} returns,
 * so a read is on file before its data leaves the server. A failure to write the record is thrown
 * to the caller: no log, no access.
 * <p>
 * <b>Chaining.</b> Records first land in a staging table; a sealer appends them to the
 * hash-chained log shortly after commit (within milliseconds; at most a few hundred milliseconds
 * when idle), in batches, under a database lock so that several application nodes never fork
 * the chain. That keeps the chain's single point of serialisation out of the callers'
 * transactions. {@link #flush()} seals synchronously.
 */
public interface AuditTrail {

    /**
     * Records one event, in the current read-write transaction if there is one, else in a
     * transaction of its own.
     *
     * @throws org.springframework.dao.DataAccessException if the record cannot be written
     */
    void record(AuditRecord record);

    /**
     * Seals every committed pending record into the hash chain now, in the calling thread, and
     * returns how many were sealed. For tests, the verifier and shutdown.
     */
    int flush();
}
