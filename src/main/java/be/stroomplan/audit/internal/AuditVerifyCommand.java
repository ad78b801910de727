package be.stroomplan.audit.internal;

import java.io.PrintStream;
import java.util.function.IntConsumer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditOutcome;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.audit.AuditVerifier;
import be.stroomplan.audit.VerificationResult;
import be.stroomplan.platform.Actor;

/**
 * The command-line verification: started with {@code --audit-verify}, the application seals what
 * is pending, verifies the chain, prints the result as one line of JSON on standard output and
 * exits with status 0 (valid) or 1 (broken). The platform starts no web server in this mode.
 */
@Component
class AuditVerifyCommand implements ApplicationRunner {

    static final String OPTION = "audit-verify";

    private final AuditTrail trail;
    private final AuditVerifier verifier;
    private final PrintStream out;
    private final IntConsumer exit;

    @Autowired
    AuditVerifyCommand(AuditTrail trail, AuditVerifier verifier, ApplicationContext context) {
        this(trail, verifier, System.out, status -> System.exit(SpringApplication.exit(context, () -> status)));
    }

    AuditVerifyCommand(AuditTrail trail, AuditVerifier verifier, PrintStream out, IntConsumer exit) {
        this.trail = trail;
        this.verifier = verifier;
        this.out = out;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        trail.flush();
        VerificationResult result = verifier.verify();
        trail.record(AuditRecord.of(AuditAction.VERIFY)
                .objectType("AUDIT")
                .outcome(result.valid() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE)
                .details("command line: " + result.toJson())
                .actor(Actor.system())
                .build());
        trail.flush();
        out.println(result.toJson());
        out.flush();
        exit.accept(result.valid() ? 0 : 1);
    }
}
