package be.stroomplan.protocols;

import java.util.Objects;

/**
 * One question to the policy decision point: may this user do this with this resource, for this
 * purpose? For READ and WRITE the purpose is a compartment id the user is a member of or a written
 * justification (at least {@value PolicyRules#MIN_JUSTIFICATION} characters), or {@code null} to
 * derive it; for DISCLOSE it is the purpose code of the disclosure. {@code note} is added to the
 * audit record (e.g. which attachment was read); it may be {@code null}.
 */
public record PolicyRequest(PolicyUser user, PolicyAction action, PolicyResource resource, String purpose, String note) {

    public PolicyRequest {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(resource, "resource");
        purpose = purpose == null || purpose.isBlank() ? null : purpose.trim();
    }

    public PolicyRequest(PolicyUser user, PolicyAction action, PolicyResource resource, String purpose) {
        this(user, action, resource, purpose, null);
    }

    public PolicyRequest withNote(String note) {
        return new PolicyRequest(user, action, resource, purpose, note);
    }
}
