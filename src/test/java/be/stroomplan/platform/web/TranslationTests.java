package be.stroomplan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Every message bundle has the same keys, none of them empty; the default bundle is the Dutch one. */
class TranslationTests {

    private static final String[] BUNDLES = { "messages.properties", "messages_nl.properties", "messages_fr.properties",
            "messages_en.properties" };

    @Test
    void everyBundleHasTheSameKeys() throws IOException {
        Set<String> reference = load("messages_nl.properties").keySet();
        for (String bundle : BUNDLES) {
            Set<String> keys = load(bundle).keySet();
            Set<String> missing = new TreeSet<>(reference);
            missing.removeAll(keys);
            Set<String> extra = new TreeSet<>(keys);
            extra.removeAll(reference);
            assertThat(missing).as("keys missing from %s", bundle).isEmpty();
            assertThat(extra).as("keys only in %s", bundle).isEmpty();
        }
    }

    @Test
    void noValueIsEmpty() throws IOException {
        for (String bundle : BUNDLES) {
            Map<String, String> messages = load(bundle);
            assertThat(messages).as("bundle %s", bundle).isNotEmpty();
            messages.forEach((key, value) -> assertThat(value).as("%s in %s", key, bundle).isNotBlank());
        }
    }

    @Test
    void theDefaultBundleIsDutch() throws IOException {
        assertThat(load("messages.properties")).isEqualTo(load("messages_nl.properties"));
    }

    private static Map<String, String> load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationTests.class.getResourceAsStream("/" + bundle)) {
            assertThat(in).as("bundle %s", bundle).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> messages = new TreeMap<>();
        properties.forEach((key, value) -> messages.put(key.toString(), value.toString()));
        return messages;
    }
}
