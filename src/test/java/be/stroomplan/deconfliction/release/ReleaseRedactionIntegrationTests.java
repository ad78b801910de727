package be.stroomplan.deconfliction.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import be.stroomplan.support.ApplicationTest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A redacted release never leaks a field that was not selected, through the real API: for random
 * dossier items (random {@code fields} maps with distinct values) and random selections, the whole
 * JSON of {@code GET /api/v1/items/{released id}} holds every selected value and none of the
 * unselected ones (title, text, field keys and values). Each case draws from its own seed.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReleaseRedactionIntegrationTests {

    @LocalServerPort
    int port;

    ReleaseTestData data;

    @BeforeAll
    void scene() {
        data = new ReleaseTestData(port);
        data.scene();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void theReleasedItemsJsonHoldsOnlyTheSelection(long seed) {
        Random random = new Random(seed * 7919);
        String title = "T" + token(random);
        String text = "X" + token(random);
        Map<String, String> fields = new LinkedHashMap<>();
        int count = random.nextInt(6) + 1;
        for (int i = 0; i < count; i++) {
            fields.put("k" + token(random).substring(0, 6), "V" + token(random));
        }
        boolean pickTitle = random.nextBoolean();
        boolean pickText = random.nextBoolean();
        List<String> picked = new ArrayList<>();
        fields.keySet().forEach(k -> {
            if (random.nextBoolean()) {
                picked.add(k);
            }
        });
        if (!pickTitle && !pickText && picked.isEmpty()) {
            picked.add(fields.keySet().iterator().next());
        }
        StringBuilder json = new StringBuilder("{");
        fields.forEach((k, v) -> json.append(json.length() > 1 ? ", " : "").append('"').append(k).append("\": \"").append(v)
                .append('"'));
        String source = data.dossierItem(title, text, json.append('}').toString());
        String request = data.ask("stad");
        var approved = data.ok(data.post("magistraat", "/api/v1/release-requests/" + request + "/approve", """
                {"item": "%s", "title": %s, "text": %s, "fields": [%s]}""".formatted(source, pickTitle, pickText,
                String.join(", ", picked.stream().map(k -> "\"" + k + "\"").toList()))), 200);
        var read = data.get("maho.coord", "/api/v1/items/" + approved.path("releasedItem").asString());
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        String body = read.body();
        assertThat(body.contains(title)).isEqualTo(pickTitle);
        assertThat(body.contains(text)).isEqualTo(pickText);
        fields.forEach((k, v) -> {
            assertThat(body.contains(v)).as(k).isEqualTo(picked.contains(k));
            assertThat(body.contains(k)).as(k).isEqualTo(picked.contains(k));
        });
        assertThat(body).contains(data.noticeNumber, "releasedBy", "releasedAt");
    }

    private static String token(Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            out.append((char) ('a' + random.nextInt(26)));
        }
        return out.toString();
    }
}
