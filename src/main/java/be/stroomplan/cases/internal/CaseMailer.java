package be.stroomplan.cases.internal;

import java.util.List;

import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.UserProfile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mail notices about case actions. Off unless SMTP is configured ({@code spring.mail.host}: Boot
 * then provides the sender). The text names the case's reference and the action, never content.
 * A failed send is logged, not thrown: the in-app notification is the record.
 */
@Component
public class CaseMailer {

    private static final Logger log = LoggerFactory.getLogger(CaseMailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final PartnerDirectory partners;
    private final String from;

    CaseMailer(ObjectProvider<JavaMailSender> sender, PartnerDirectory partners,
               @Value("${stroomplan.cases.mail-from:stroomplan@localhost}") String from) {
        this.sender = sender;
        this.partners = partners;
        this.from = from;
    }

    /** The users an action's notices go to: the assigned user, else the organisation's users. */
    public List<UserProfile> recipients(String organisation, String user) {
        if (user != null) {
            return partners.profile(user).filter(UserProfile::enabled).stream().toList();
        }
        return partners.usersOf(organisation);
    }

    public void send(List<UserProfile> to, String subject, String text) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return;
        }
        for (UserProfile user : to) {
            if (user.email() == null || user.email().isBlank()) {
                continue;
            }
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(user.email());
            message.setSubject(subject);
            message.setText(text);
            try {
                mail.send(message);
            } catch (MailException e) {
                log.warn("Could not send a case notice to {}: {}", user.username(), e.getMessage());
            }
        }
    }
}
