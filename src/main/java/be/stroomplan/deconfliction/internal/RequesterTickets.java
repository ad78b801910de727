package be.stroomplan.deconfliction.internal;

import java.util.List;

import be.stroomplan.deconfliction.TicketView;
import be.stroomplan.partners.UserProfile;

import org.springframework.stereotype.Component;

/** The requester’s own tickets, newest first: the decision and conditions only. */
@Component
public class RequesterTickets {

    /** A page of tickets. */
    public record Page(List<TicketView> items, int page, int totalPages, long total) {
    }

    private final TicketStore tickets;

    RequesterTickets(TicketStore tickets) {
        this.tickets = tickets;
    }

    public Page page(UserProfile user, int page, int size) {
        long total = tickets.countViews(user.username());
        return new Page(tickets.views(user.username(), size, (long) page * size), page, (int) Math.max(1, (total + size - 1) / size),
                total);
    }
}
