package be.stroomplan.cases;

import static be.stroomplan.cases.CaseTestData.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import be.stroomplan.support.ApplicationTest;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The e-mail notices of case actions, received by an in-process SMTP server (GreenMail, on the port
 * the shared test configuration points spring.mail at): on assignment, and once when an action is
 * overdue; both also as in-app notifications.
 */
@ApplicationTest
class CaseMailIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(39025, "localhost", ServerSetup.PROTOCOL_SMTP));

    @LocalServerPort
    int port;
    @Autowired
    CaseActions work;

    CaseTestData data;
    String id;
    String intervention;

    @BeforeEach
    void setUp() {
        data = new CaseTestData(port);
        id = data.submit("stad", CaseTestData.unique("Bar Centrum"), false, "RSZ_SOCIALE_INSPECTIE").path("id").asString();
        data.acknowledge("maho.coord", id);
        intervention = data.decided(id);
    }

    @Test
    void anAssignmentSendsAnEmailAndANotification() throws Exception {
        var action = data.post("maho.coord", "/api/v1/cases/" + id + "/actions", """
                {"intervention": "%s", "title": "Sociale controle uitvoeren", "user": "inspectie", "due": "%s"}"""
                .formatted(intervention, TODAY.plusDays(10)));
        assertThat(action.status()).as(action.body()).isEqualTo(201);
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[smtp.getReceivedMessages().length - 1];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("inspectie@demo.stroomplan.invalid");
        assertThat(mail.getSubject()).contains("Sociale controle uitvoeren");
        assertThat(GreenMailUtil.getBody(mail)).doesNotContain("witwassen");
        var notifications = data.get("inspectie", "/api/v1/cases/notifications").json();
        assertThat(notifications.path("items").get(0).path("kind").asString()).isEqualTo("ASSIGNED");
    }

    @Test
    void anOverdueActionSendsOneNotice() throws Exception {
        var action = data.post("maho.coord", "/api/v1/cases/" + id + "/actions", """
                {"intervention": "%s", "title": "Verslag indienen", "user": "stad", "due": "%s"}"""
                .formatted(intervention, TODAY.minusDays(1)));
        assertThat(action.status()).as(action.body()).isEqualTo(201);
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        int before = smtp.getReceivedMessages().length;
        assertThat(work.noticeOverdue()).isGreaterThanOrEqualTo(1);
        assertThat(smtp.waitForIncomingEmail(5000, before + 1)).isTrue();
        List<String> subjects = Arrays.stream(smtp.getReceivedMessages()).map(m -> {
            try {
                return m.getSubject();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(subjects).anyMatch(s -> s.contains("overdue") && s.contains("Verslag indienen"));
        int after = smtp.getReceivedMessages().length;
        work.noticeOverdue();
        assertThat(smtp.getReceivedMessages().length).as("one notice per overdue action").isEqualTo(after);
        var overdue = data.get("maho.coord", "/api/v1/cases/overdue-actions").json();
        assertThat(overdue.path("items").toString()).contains("Verslag indienen");
        var listed = data.get("stad", "/api/v1/cases?overdue=true&size=200").body();
        assertThat(listed).contains(id);
    }
}
