package be.stroomplan.protocols.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks protocol versions EXPIRED once their validity has ended, so that the register's history
 * and the {@link be.stroomplan.protocols.ProtocolExpired} event follow the calendar. Nothing waits
 * for it: reads and {@link be.stroomplan.protocols.ProtocolCoverage} compare the validity with the
 * date themselves. Runs on every node; the row lock in {@link ProtocolRegister#expireDue} makes
 * concurrent runs harmless.
 */
@Component
class ProtocolExpiry {

    private static final Logger log = LoggerFactory.getLogger(ProtocolExpiry.class);

    private final ProtocolRegister register;

    ProtocolExpiry(ProtocolRegister register) {
        this.register = register;
    }

    @Scheduled(initialDelayString = "${stroomplan.protocols.expiry-initial-delay:PT1M}",
            fixedDelayString = "${stroomplan.protocols.expiry-interval:PT1H}")
    void expireDue() {
        int expired = register.expireDue(register.today());
        if (expired > 0) {
            log.info("Protocols: {} version(s) expired", expired);
        }
    }
}
