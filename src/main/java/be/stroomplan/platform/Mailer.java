package be.stroomplan.platform;

import java.util.Collection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Plain-text e-mail notices for every module. Off unless SMTP is configured ({@code spring.mail.host}:
 * Boot then provides the sender). A notice names a reference, never case content. A failed send is
 * logged, not thrown: the in-app notification is the record.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    Mailer(ObjectProvider<JavaMailSender> sender,
           @Value("${stroomplan.mail.from:${stroomplan.cases.mail-from:stroomplan@localhost}}") String from) {
        this.sender = sender;
        this.from = from;
    }

    /** Sends one message to each address; blank addresses are skipped. */
    public void send(Collection<String> addresses, String subject, String text) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return;
        }
        for (String address : addresses) {
            if (address == null || address.isBlank()) {
                continue;
            }
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(address);
            message.setSubject(subject);
            message.setText(text);
            try {
                mail.send(message);
            } catch (MailException e) {
                log.warn("Could not send a notice: {}", e.getMessage());
            }
        }
    }
}
