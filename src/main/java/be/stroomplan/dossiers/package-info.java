/**
 * Dossiers: the KALI judicial files (DESIGN.md §2, ‘dossier’), on which the local detectives of PZ
 * Antwerpen and the Federal Judicial Police work as one team, and the analysis of the networks
 * behind them. A dossier's id is its compartment's id in the sharing module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossiers",
        allowedDependencies = { "platform", "partners", "audit", "protocols", "sharing", "subjects", "retention" })
package be.stroomplan.dossiers;
