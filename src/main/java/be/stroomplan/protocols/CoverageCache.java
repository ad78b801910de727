package be.stroomplan.protocols;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Coverage answers per data flow (the flow carries its day), kept for a short while in this
 * node's memory. Emptied on every lifecycle event of a protocol (at once and again after the
 * change commits, so that no reader caches the state before the commit), at midnight in Brussels,
 * and when it grows past its bound. Entries also age out after {@code ttl}: a change made on
 * another node reaches this one within that time at the latest.
 * <p>
 * {@code stroomplan.policy.coverage-cache.enabled=false} (or {@link #enabled(boolean)}, for
 * benchmarks) turns it off: every decision then asks the register.
 */
@Component
class CoverageCache {

    static final int MAX_ENTRIES = 50_000;

    private record Entry(ProtocolAssessment assessment, long expiresAt) {
    }

    private final ConcurrentHashMap<DataFlow, Entry> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private volatile boolean enabled;

    CoverageCache(@Value("${stroomplan.policy.coverage-cache.enabled:true}") boolean enabled,
                  @Value("${stroomplan.policy.coverage-cache.ttl:10s}") Duration ttl) {
        this.enabled = enabled;
        this.ttlNanos = ttl.toNanos();
    }

    ProtocolAssessment get(DataFlow flow, Function<DataFlow, ProtocolAssessment> register) {
        if (!enabled) {
            return register.apply(flow);
        }
        long now = System.nanoTime();
        Entry entry = entries.get(flow);
        if (entry != null && entry.expiresAt() - now > 0) {
            return entry.assessment();
        }
        ProtocolAssessment assessment = register.apply(flow);
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(flow, new Entry(assessment, now + ttlNanos));
        return assessment;
    }

    void enabled(boolean on) {
        this.enabled = on;
        entries.clear();
    }

    boolean enabled() {
        return enabled;
    }

    void clear() {
        entries.clear();
    }

    @EventListener({ ProtocolActivated.class, ProtocolSuspended.class, ProtocolTerminated.class, ProtocolExpired.class })
    void protocolChanged() {
        entries.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    entries.clear();
                }
            });
        }
    }

    @Scheduled(cron = "0 0 0 * * *", zone = "Europe/Brussels")
    void midnight() {
        entries.clear();
    }
}
