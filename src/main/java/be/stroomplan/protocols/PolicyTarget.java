package be.stroomplan.protocols;

import java.util.Objects;

/**
 * Where a disclosure would go: the recipient organisation, the compartment it is for (with the
 * asking user's role in it; an unknown compartment is one the user is not a member of), and
 * whether the recipient has a membership there.
 */
public record PolicyTarget(String recipient, PolicyCompartment compartment, boolean recipientInCompartment) {

    public PolicyTarget {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(compartment, "compartment");
    }
}
