package be.stroomplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import be.stroomplan.support.Http;

/** Fresh protocols, compartments and items over the API for the browser tests, under unique titles. */
final class SharingBrowserData {

    private static final String PASSWORD = "demo";

    private final Http http;

    SharingBrowserData(int port) {
        this.http = new Http(port);
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A draft protocol of PZ Antwerpen for Stad Antwerpen; returns its id. */
    String draftProtocol(String title, String category) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
        var created = http.post("/api/v1/protocols", "admin", PASSWORD, "application/json", """
                {"title": "%s", "provider": "PZ_ANTWERPEN", "recipients": ["STAD_ANTWERPEN"],
                 "purposes": ["MAHO_CASUSOVERLEG"], "categories": ["%s"], "legalBasis": "Art. 20 WPG; art. 458ter Sw.",
                 "validFrom": "%s", "validTo": "%s"}""".formatted(title, category, today.minusDays(1), today.plusYears(1)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    /** A MAHO case opened by kali.pza, with Stad Antwerpen and the social inspection as member organisations. */
    String mahoCase(String title) {
        var response = http.post("/api/v1/compartments", "kali.pza", PASSWORD, "application/json", """
                {"kind": "CASE", "title": "%s", "reference": "MAHO-BT", "members": [
                  {"type": "ORGANISATION", "id": "STAD_ANTWERPEN", "role": "MEMBER"},
                  {"type": "ORGANISATION", "id": "RSZ_SOCIALE_INSPECTIE", "role": "MEMBER"}]}""".formatted(title));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asString();
    }

    /** An item of PZ Antwerpen, added by kali.pza; returns its id. */
    String item(String compartment, String category, String title, String text) {
        var response = http.post("/api/v1/compartments/" + compartment + "/items", "kali.pza", PASSWORD, "application/json", """
                {"category": "%s", "classification": "NONE", "tlp": "AMBER", "sourceReliability": "B",
                 "informationAccuracy": "2", "handlingCode": "H0", "title": "%s", "text": "%s",
                 "fields": {"adres": "Noorderlaan"}}""".formatted(category, title, text));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asString();
    }
}
