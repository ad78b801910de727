/**
 * Dossiers: the KALI team’s judicial files (DESIGN.md §2, ‘dossier’, ‘notitienummer’). A dossier
 * is a compartment of the sharing module (kind DOSSIER, the same id) with the judicial file on top:
 * the prosecutor’s notice number, the official report (PV) numbers, the magistrate, the lead
 * investigator and the investigating judge, its status, the subjects with their role, linked
 * dossiers, seizures, arrests, team tasks and the timeline of everything that happened.
 * <p>
 * <b>Access.</b> Membership of the compartment decides who knows the dossier: the creator, the lead
 * investigator and the magistrate as MANAGER and, unless the dossier is restricted to named members,
 * the KALI team (PZ and FGP alike) as MEMBER. Anyone else gets 404 for the dossier, exactly as for
 * an id that does not exist. Items are read and written through the sharing module and so through
 * the policy decision point; every read of a dossier is audited (READ, object DOSSIER).
 * <p>
 * <b>Status lifecycle</b> ({@link be.stroomplan.dossiers.DossierStatus}), decided by the dossier’s
 * magistrate, as a prosecutor would:
 * <table>
 * <caption>Legal moves</caption>
 * <tr><th>from</th><th>to</th><th>why</th></tr>
 * <tr><td>OPEN</td><td>JUDICIAL_INVESTIGATION</td><td>the prosecutor requests an investigating judge (named, required)</td></tr>
 * <tr><td>OPEN</td><td>CLOSED_DISMISSED</td><td>dismissal (sepot) during the preliminary investigation</td></tr>
 * <tr><td>OPEN</td><td>REFERRED_TO_COURT</td><td>direct summons (rechtstreekse dagvaarding) without a judicial investigation</td></tr>
 * <tr><td>OPEN</td><td>JOINED</td><td>joined to another dossier (the target, required)</td></tr>
 * <tr><td>JUDICIAL_INVESTIGATION</td><td>CLOSED_DISMISSED</td><td>the council chamber dismisses (buitenvervolgingstelling)</td></tr>
 * <tr><td>JUDICIAL_INVESTIGATION</td><td>REFERRED_TO_COURT</td><td>the council chamber refers to court</td></tr>
 * <tr><td>JUDICIAL_INVESTIGATION</td><td>JOINED</td><td>joined to another dossier</td></tr>
 * </table>
 * The three closing states are final. Any other move is refused (409).
 * <p>
 * <b>Embargo.</b> The magistrate may put a dossier under embargo: the policy decision point then
 * refuses to disclose or derive any item out of it, except a summary the magistrate approved.
 * <p>
 * Its public API is {@link be.stroomplan.dossiers.Dossiers}, {@link be.stroomplan.dossiers.DossierWork}
 * and the events {@link be.stroomplan.dossiers.DossierOpened},
 * {@link be.stroomplan.dossiers.DossierStatusChanged} and {@link be.stroomplan.dossiers.DossierSubjectAdded}
 * (the deconfliction module indexes the subjects of open dossiers,
 * {@link be.stroomplan.dossiers.Dossiers#openDossierSubjects()}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossiers",
        allowedDependencies = { "platform", "partners", "audit", "protocols", "sharing", "subjects", "retention" })
package be.stroomplan.dossiers;
