package be.stroomplan.deconfliction.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import be.stroomplan.partners.Classification;
import be.stroomplan.protocols.DataCategory;
import be.stroomplan.protocols.HandlingCode;
import be.stroomplan.sharing.InformationAccuracy;
import be.stroomplan.sharing.ItemContent;
import be.stroomplan.sharing.SourceReliability;
import be.stroomplan.sharing.Tlp;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A redacted release never leaks a part that was not selected: for random items (title, text and a
 * random {@code fields} map with distinct values) and random selections, the released content has
 * exactly the selected fields plus the provenance, and no unselected value appears in its title,
 * text or fields. Values are distinct and of one length (a value selected under one key may
 * legitimately equal one left out under another).
 */
class RedactionPropertyTests {

    record Scene(String title, String text, Map<String, String> fields, boolean pickTitle, boolean pickText,
                 Set<String> pickFields) {
    }

    static final Redaction.Provenance PROVENANCE = new Redaction.Provenance("AN.12.L1.012345/26", "Mr. Magistraat",
            LocalDate.of(2026, 11, 28));

    @Provide
    Arbitrary<Scene> scenes() {
        // one length for every value, so that distinct values never contain one another
        Arbitrary<String> token = Arbitraries.strings().withCharRange('a', 'z').ofLength(16);
        Arbitrary<Map<String, String>> fields = Arbitraries.maps(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8).map(k -> "k" + k),
                token.map(v -> "V" + v)).ofMinSize(0).ofMaxSize(8)
                .filter(m -> new HashSet<>(m.values()).size() == m.size());
        return Combinators.combine(token.map(t -> "T" + t), token.map(t -> "X" + t), fields, Arbitraries.of(true, false),
                Arbitraries.of(true, false), Arbitraries.integers().between(0, 255))
                .as((title, text, f, pickTitle, pickText, mask) -> {
                    Set<String> picked = new HashSet<>();
                    int i = 0;
                    for (String key : f.keySet()) {
                        if ((mask >> (i++ % 8) & 1) == 1) {
                            picked.add(key);
                        }
                    }
                    return new Scene(title, text, f, pickTitle, pickText, picked);
                })
                .filter(s -> s.pickTitle() || s.pickText() || !s.pickFields().isEmpty());
    }

    @Property(tries = 500)
    void onlyTheSelectedPartsAreReleased(@ForAll("scenes") Scene scene) {
        ItemContent source = new ItemContent(DataCategory.JUDICIAL, Classification.NONE, Tlp.AMBER, SourceReliability.B,
                InformationAccuracy.parse("2").orElseThrow(), HandlingCode.H0, null, scene.title(), scene.text(),
                new LinkedHashMap<>(scene.fields()), null);
        ItemContent released = Redaction.redact(source, new ReleaseSelection(UUID.randomUUID(), scene.pickTitle(),
                scene.pickText(), scene.pickFields(), null), PROVENANCE, UUID.randomUUID());

        Set<String> expectedKeys = new HashSet<>(scene.pickFields());
        expectedKeys.addAll(Redaction.PROVENANCE_KEYS);
        assertThat(released.fields().keySet()).isEqualTo(expectedKeys);
        scene.pickFields().forEach(k -> assertThat(released.fields().get(k)).isEqualTo(scene.fields().get(k)));
        String everything = released.title() + "\n" + released.text() + "\n" + released.fields();
        if (!scene.pickTitle()) {
            assertThat(everything).doesNotContain(scene.title());
        }
        if (!scene.pickText()) {
            assertThat(everything).doesNotContain(scene.text());
        }
        scene.fields().forEach((key, value) -> {
            if (!scene.pickFields().contains(key)) {
                assertThat(everything).doesNotContain(value);
            }
        });
        assertThat(released.category()).isEqualTo(DataCategory.JUDICIAL);
        assertThat(released.handlingCode()).isEqualTo(HandlingCode.H2);
        assertThat(released.fields().get(Redaction.RELEASED_FROM)).isEqualTo(PROVENANCE.noticeNumber());
    }

    @Property(tries = 100)
    void aSummaryReleasesNothingOfTheItem(@ForAll("scenes") Scene scene) {
        ItemContent source = new ItemContent(DataCategory.JUDICIAL, Classification.NONE, Tlp.AMBER, SourceReliability.B,
                InformationAccuracy.parse("2").orElseThrow(), HandlingCode.H0, null, scene.title(), scene.text(),
                new LinkedHashMap<>(scene.fields()), null);
        ItemContent released = Redaction.redact(source, new ReleaseSelection(UUID.randomUUID(), false, false, Set.of(),
                "Gekend in een lopend onderzoek."), PROVENANCE, null);
        String everything = released.title() + "\n" + released.text() + "\n" + released.fields();
        assertThat(everything).doesNotContain(scene.title()).doesNotContain(scene.text());
        scene.fields().values().forEach(v -> assertThat(everything).doesNotContain(v));
        assertThat(released.fields().keySet()).isEqualTo(Redaction.PROVENANCE_KEYS);
    }
}
