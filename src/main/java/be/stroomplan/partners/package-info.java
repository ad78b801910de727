/**
 * Partners: the organisations of the Stroomplan, the teams (KALI, MAHO, COAC), the users who
 * belong to one organisation, and their memberships with roles (DESIGN.md §4). It also turns a
 * login (password or OIDC) into a principal that carries the user's organisation and roles.
 * <p>
 * Administrators manage all of this here, and nothing else: they never read case content.
 * Other modules ask {@link be.stroomplan.partners.PartnerDirectory} who someone is.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partners", allowedDependencies = { "platform", "audit" })
package be.stroomplan.partners;
