package be.stroomplan.controls.internal;

import java.time.LocalDate;
import java.util.List;

import be.stroomplan.controls.ControlDraft;
import be.stroomplan.controls.Controls;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.subjects.SubjectDraft;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo content (demo profile only): two actions planned by the demo COAC coordinator next week,
 * a night-shop control with customs and the social inspection and a car-wash control with the
 * City, each with a new company as target. Planned in the coordinator's name, through the module's
 * own API; a second run adds nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 60)
@ConditionalOnProperty(name = "stroomplan.demo-data.enabled", havingValue = "true")
class ControlDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ControlDemoData.class);

    private final Controls controls;
    private final PartnerDirectory partners;
    private final JdbcClient jdbc;

    ControlDemoData(Controls controls, PartnerDirectory partners, JdbcClient jdbc) {
        this.controls = controls;
        this.partners = partners;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        var coordinator = partners.profile("coac").orElse(null);
        if (coordinator == null || jdbc.sql("SELECT count(*) FROM control_action").query(Long.class).single() > 0) {
            return;
        }
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("coac", null,
                List.of(new SimpleGrantedAuthority("ROLE_COAC_COORDINATOR"))));
        try {
            LocalDate day = LocalDate.now(PlanInput.BRUSSELS).plusDays(7);
            controls.plan(coordinator, new ControlDraft("Nachtwinkels Statiekwartier", "NIGHT_SHOP", day.toString(), "21:00", "01:00",
                    "Statiekwartier, Antwerpen", List.of(company("Nachtwinkel De Keyserlei BV", "0403.170.701")),
                    List.of(new ControlDraft.ServiceDraft("PZ_ANTWERPEN", 6, List.of("Briefing om 20:30", "Interventieploeg stand-by")),
                            new ControlDraft.ServiceDraft("DOUANE", 3, List.of("Accijnszegels controleren")),
                            new ControlDraft.ServiceDraft("RSZ_SOCIALE_INSPECTIE", 2, List.of("Dimona-aangiftes nakijken"))),
                    List.of(), List.of()));
            controls.plan(coordinator, new ControlDraft("Carwashes Noord", "CAR_WASH", day.plusDays(2).toString(), "10:00", "14:00",
                    "Antwerpen-Noord", List.of(company("Carwash Schijnpoort BV", "0812.345.603")),
                    List.of(new ControlDraft.ServiceDraft("PZ_ANTWERPEN", 4, List.of("Briefing om 09:30")),
                            new ControlDraft.ServiceDraft("STAD_ANTWERPEN", 2, List.of("Uitbatingsvergunning nakijken"))),
                    List.of(), List.of()));
            log.info("Demo data: planned two COAC actions");
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private static ControlDraft.TargetDraft company(String name, String number) {
        return new ControlDraft.TargetDraft(null, new SubjectDraft(null, "COMPANY", name, null, null, null, null, null, null, "OTHER",
                Boolean.TRUE, List.of(new SubjectDraft.IdentifierInput("ENTERPRISE_NUMBER", number)), null));
    }
}
