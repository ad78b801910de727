/**
 * Blind deconfliction and the KALI magistrate bridge (DESIGN.md §4): before an administrative
 * action or a control, the targets' identifiers are matched against those of the subjects of open
 * KALI dossiers. The index holds only keyed hashes (HMAC) of normalised identifiers. The requester
 * learns only CLEAR or ON_HOLD with a ticket; the KALI magistrate sees the hit and decides.
 * <p>
 * Public API: {@link be.stroomplan.deconfliction.Deconfliction} (checks, tickets, planned operations)
 * and the event {@link be.stroomplan.deconfliction.TicketDecided}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deconfliction",
        allowedDependencies = { "platform", "partners", "audit", "protocols", "sharing", "subjects", "dossiers", "cases" })
package be.stroomplan.deconfliction;
