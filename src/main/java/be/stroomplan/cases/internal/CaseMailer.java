package be.stroomplan.cases.internal;

import java.util.List;

import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.platform.Mailer;

import org.springframework.stereotype.Component;

/**
 * E-mail notices about case actions, through the platform's {@link Mailer}. The text names the
 * case's reference and the action, never content.
 */
@Component
public class CaseMailer {

    private final Mailer mailer;
    private final PartnerDirectory partners;

    CaseMailer(Mailer mailer, PartnerDirectory partners) {
        this.mailer = mailer;
        this.partners = partners;
    }

    /** The users an action's notices go to: the assigned user, else the organisation's users. */
    public List<UserProfile> recipients(String organisation, String user) {
        if (user != null) {
            return partners.profile(user).filter(UserProfile::enabled).stream().toList();
        }
        return partners.usersOf(organisation);
    }

    public void send(List<UserProfile> to, String subject, String text) {
        mailer.send(to.stream().map(UserProfile::email).toList(), subject, text);
    }
}
