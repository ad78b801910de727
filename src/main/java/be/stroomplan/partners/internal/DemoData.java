package be.stroomplan.partners.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import be.stroomplan.partners.Classification;
import be.stroomplan.partners.Clearance;
import be.stroomplan.partners.OrganisationKind;
import be.stroomplan.partners.Role;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Antwerp partners, the three teams and the demo users of DESIGN.md §5, each with password
 * {@code demo} and a clearance valid for five years (police and magistrates higher than the
 * administrative partners, so that the demo shows a refusal for a too-low clearance). Loaded by default on the embedded database, elsewhere only with
 * {@code stroomplan.demo-data.enabled=true}. Adds what is missing and never changes what exists.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = "stroomplan.demo-data.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    record DemoOrganisation(String code, String nl, String fr, String en, OrganisationKind kind) {
    }

    record DemoUser(String username, String displayName, String organisation, Map<String, List<Role>> rolesByTeam,
                    Classification clearance) {
    }

    static final List<DemoOrganisation> ORGANISATIONS = List.of(
            new DemoOrganisation("PARKET_ANTWERPEN", "Parket Antwerpen", "Parquet d'Anvers", "Antwerp Public Prosecutor's Office", OrganisationKind.PROSECUTOR),
            new DemoOrganisation("ARBEIDSAUDITORAAT_ANTWERPEN", "Arbeidsauditoraat Antwerpen", "Auditorat du travail d'Anvers", "Antwerp Labour Auditorate", OrganisationKind.LABOUR_AUDITORATE),
            new DemoOrganisation("FGP_ANTWERPEN", "Federale Gerechtelijke Politie Antwerpen", "Police judiciaire fédérale d'Anvers", "Federal Judicial Police Antwerp", OrganisationKind.FEDERAL_POLICE),
            new DemoOrganisation("PZ_ANTWERPEN", "Politiezone Antwerpen (lokale recherche)", "Zone de police d'Anvers (recherche locale)", "Antwerp Local Police (local investigation)", OrganisationKind.LOCAL_POLICE),
            new DemoOrganisation("STAD_ANTWERPEN", "Stad Antwerpen", "Ville d'Anvers", "City of Antwerp", OrganisationKind.CITY),
            new DemoOrganisation("RSZ_SOCIALE_INSPECTIE", "RSZ / Sociale Inspectie", "ONSS / Inspection sociale", "NSSO / Social Inspection", OrganisationKind.SOCIAL_INSPECTION),
            new DemoOrganisation("FOD_FINANCIEN_BBI", "FOD Financiën (BBI)", "SPF Finances (ISI)", "FPS Finance (Special Tax Inspectorate)", OrganisationKind.TAX),
            new DemoOrganisation("DOUANE", "Douane en Accijnzen", "Douanes et Accises", "Customs and Excise", OrganisationKind.CUSTOMS));

    static final List<List<String>> TEAMS = List.of(
            List.of("KALI", "KALI-team", "Équipe KALI", "KALI team"),
            List.of("MAHO", "Multidisciplinair ad hoc overleg", "Concertation multidisciplinaire ad hoc", "Multidisciplinary ad hoc consultation"),
            List.of("COAC", "Coördinatieteam actie en controles", "Équipe de coordination actions et contrôles", "Coordination team for actions and controls"));

    /** The team key "" holds organisation-wide roles. */
    static final List<DemoUser> USERS = List.of(
            new DemoUser("magistraat", "Magistraat KALI", "PARKET_ANTWERPEN", Map.of("KALI", List.of(Role.KALI_MAGISTRATE), "MAHO", List.of(Role.KALI_MAGISTRATE)), Classification.GEHEIM),
            new DemoUser("maho.coord", "MAHO-coördinator", "PARKET_ANTWERPEN", Map.of("MAHO", List.of(Role.MAHO_COORDINATOR)), Classification.VERTROUWELIJK),
            new DemoUser("kali.fgp", "Rechercheur FGP", "FGP_ANTWERPEN", Map.of("KALI", List.of(Role.INVESTIGATOR)), Classification.GEHEIM),
            new DemoUser("kali.pza", "Rechercheur PZ Antwerpen", "PZ_ANTWERPEN", Map.of("KALI", List.of(Role.INVESTIGATOR)), Classification.VERTROUWELIJK),
            new DemoUser("coac", "COAC-coördinator", "PZ_ANTWERPEN", Map.of("COAC", List.of(Role.COAC_COORDINATOR)), Classification.VERTROUWELIJK),
            new DemoUser("stad", "Stadsambtenaar", "STAD_ANTWERPEN", Map.of("MAHO", List.of(Role.CITY_OFFICER, Role.MAHO_PARTNER)), Classification.BEPERKT),
            new DemoUser("inspectie", "Sociaal inspecteur", "RSZ_SOCIALE_INSPECTIE", Map.of("MAHO", List.of(Role.INSPECTOR, Role.MAHO_PARTNER)), Classification.BEPERKT),
            new DemoUser("fiscus", "Fiscaal inspecteur BBI", "FOD_FINANCIEN_BBI", Map.of("MAHO", List.of(Role.INSPECTOR, Role.MAHO_PARTNER)), Classification.VERTROUWELIJK),
            new DemoUser("douane", "Douane-inspecteur", "DOUANE", Map.of("COAC", List.of(Role.INSPECTOR)), Classification.VERTROUWELIJK),
            new DemoUser("audit", "Arbeidsauditeur", "ARBEIDSAUDITORAAT_ANTWERPEN", Map.of("MAHO", List.of(Role.MAHO_PARTNER)), Classification.VERTROUWELIJK),
            new DemoUser("lead", "Projectleider Stroomplan", "FGP_ANTWERPEN", Map.of("", List.of(Role.PROJECT_LEAD)), Classification.VERTROUWELIJK),
            new DemoUser("dpo", "Functionaris voor gegevensbescherming", "FGP_ANTWERPEN", Map.of("", List.of(Role.DPO)), Classification.GEHEIM),
            new DemoUser("admin", "Functioneel beheerder", "FGP_ANTWERPEN", Map.of("", List.of(Role.FUNCTIONAL_ADMIN)), Classification.NONE));

    private final OrganisationStore organisations;
    private final TeamStore teams;
    private final UserStore users;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;

    DemoData(OrganisationStore organisations, TeamStore teams, UserStore users, PasswordEncoder passwordEncoder,
             TransactionTemplate transaction) {
        this.organisations = organisations;
        this.teams = teams;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        int added = transaction.execute(status -> load());
        if (added > 0) {
            log.info("Demo data: added {} demo users", added);
        }
        log.info("Demo users (password 'demo'): {}", USERS.stream().map(DemoUser::username).toList());
    }

    private int load() {
        ORGANISATIONS.forEach(o -> organisations.findByCode(o.code())
                .orElseGet(() -> organisations.create(o.code(), o.nl(), o.fr(), o.en(), o.kind())));
        TEAMS.forEach(t -> teams.findByCode(t.get(0)).orElseGet(() -> teams.create(t.get(0), t.get(1), t.get(2), t.get(3))));
        String hash = null;
        int added = 0;
        for (DemoUser demo : USERS) {
            if (users.findByUsername(demo.username()).isPresent()) {
                continue;
            }
            hash = hash == null ? passwordEncoder.encode("demo") : hash;
            var organisation = organisations.findByCode(demo.organisation()).orElseThrow();
            var account = users.create(demo.username(), demo.displayName(), demo.username() + "@demo.stroomplan.invalid",
                    organisation.id(), hash);
            demo.rolesByTeam().forEach((team, roles) -> roles.forEach(role -> users.addMembership(account.id(),
                    team.isEmpty() ? null : teams.findByCode(team).orElseThrow().id(), role)));
            users.setClearance(account.id(), new Clearance(demo.clearance(), LocalDate.now(BRUSSELS).plusYears(5)));
            added++;
        }
        return added;
    }
}
