package be.stroomplan.cases;

import java.util.List;

/**
 * A refusal the user may know about: 403 with the reason codes (e.g. the confidentiality
 * acknowledgement not yet given, or a partner doing what only the coordinator does).
 */
public class CaseRefused extends RuntimeException {

    private final List<String> reasons;
    private final String link;

    public CaseRefused(String reason) {
        this(reason, null);
    }

    /** A refusal with a link to what lifts it (the acknowledgement). */
    public CaseRefused(String reason, String link) {
        super(reason);
        this.reasons = List.of(reason);
        this.link = link;
    }

    /** Where to go to lift the refusal, or null. */
    public String link() {
        return link;
    }

    public List<String> reasons() {
        return reasons;
    }
}
