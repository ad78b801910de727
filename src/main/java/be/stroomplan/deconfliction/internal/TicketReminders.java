package be.stroomplan.deconfliction.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import be.stroomplan.dossiers.Dossier;
import be.stroomplan.dossiers.Dossiers;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.platform.Mailer;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds each magistrate by e-mail of the tickets that have waited longer than
 * {@code stroomplan.deconfliction.reminder-after}, once per ticket; the mail names only a count.
 */
@Component
public class TicketReminders {

    private final TicketStore tickets;
    private final Dossiers dossiers;
    private final PartnerDirectory partners;
    private final Mailer mailer;
    private final DeconflictionSettings settings;
    private final Clock clock = Clock.systemUTC();

    TicketReminders(TicketStore tickets, Dossiers dossiers, PartnerDirectory partners, Mailer mailer, DeconflictionSettings settings) {
        this.tickets = tickets;
        this.dossiers = dossiers;
        this.partners = partners;
        this.mailer = mailer;
        this.settings = settings;
    }

    /** The job: one node at a time. */
    @Scheduled(cron = "${stroomplan.deconfliction.reminder-cron:0 */15 * * * *}")
    @SchedulerLock(name = "deconfliction-reminders", lockAtMostFor = "PT10M")
    public void scheduled() {
        remind();
    }

    /** Sends the reminders that are due; returns the number of magistrates reminded. */
    public int remind() {
        Instant now = clock.instant();
        List<UUID[]> waiting = tickets.waiting(now.minus(settings.reminderAfter()));
        if (waiting.isEmpty()) {
            return 0;
        }
        Map<UUID, Dossier> byId = new HashMap<>();
        dossiers.byIds(waiting.stream().map(w -> w[1]).distinct().toList()).forEach(d -> byId.put(d.id(), d));
        Map<String, Set<UUID>> perMagistrate = new HashMap<>();
        for (UUID[] row : waiting) {
            Dossier dossier = byId.get(row[1]);
            if (dossier != null && dossier.magistrate() != null) {
                perMagistrate.computeIfAbsent(dossier.magistrate(), m -> new LinkedHashSet<>()).add(row[0]);
            }
        }
        List<UUID> reminded = new ArrayList<>();
        perMagistrate.forEach((magistrate, ids) -> partners.profile(magistrate).ifPresent(profile -> {
            mailer.send(List.of(profile.email() == null ? "" : profile.email()), "Stroomplan: " + ids.size()
                    + " deconfliction tickets wait for your decision", "Deconfliction tickets have waited longer than "
                    + settings.reminderAfter().toHours() + " hours for your decision.\nOpen the magistrate inbox of the platform.");
            reminded.addAll(ids);
        }));
        tickets.reminded(reminded, now);
        return perMagistrate.size();
    }
}
