package be.stroomplan.subjects;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.junit.jupiter.api.Tag;

/**
 * Fuzz targets for the identifier checks and the name keys. In the normal build they run in
 * regression mode over the seeds in {@code IdentifierFuzzTestsInputs/<method>/}; {@code bench/fuzz.sh}
 * fuzzes them. Invariants: no exception at all (a check answers Valid or Invalid); a valid value is
 * normalised once and for all (checking the stored value gives the same value, display and key); the
 * display form people write reads back as the same value; names normalise idempotently and compare
 * within [0, 1], a name with itself as 1.
 */
@Tag("fuzz")
class IdentifierFuzzTests {

    private static final IdentifierType[] TYPES = IdentifierType.values();
    private static final java.util.Properties MESSAGES = new java.util.Properties();

    static {
        try (var in = IdentifierFuzzTests.class.getResourceAsStream("/messages.properties")) {
            MESSAGES.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void identifiers(FuzzedDataProvider data) {
        IdentifierType type = TYPES[data.consumeInt(0, TYPES.length - 1)];
        String input = data.consumeRemainingAsString();
        IdentifierCheck check = Identifiers.check(type, input);
        assertThat(check.type()).isEqualTo(type);
        if (check instanceof IdentifierCheck.Valid valid) {
            IdentifierCheck again = Identifiers.check(type, valid.value());
            assertThat(again).as("the normalised value %s of %s is valid and stays as it is", valid.value(), input)
                    .isEqualTo(valid);
            IdentifierCheck displayed = Identifiers.check(type, valid.display());
            assertThat(displayed.normalised()).as("the display form %s of %s reads back", valid.display(), input)
                    .contains(valid.value());
        } else {
            IdentifierCheck.Invalid invalid = (IdentifierCheck.Invalid) check;
            assertThat(MESSAGES.getProperty(invalid.messageKey())).as("the message of %s", invalid.messageKey()).isNotBlank();
        }
    }

    @FuzzTest(maxDuration = "5m")
    void addresses(FuzzedDataProvider data) {
        String street = data.consumeString(60);
        String number = data.consumeString(10);
        String box = data.consumeBoolean() ? null : data.consumeString(6);
        String postcode = data.consumeString(6);
        String municipality = data.consumeRemainingAsString();
        IdentifierCheck check = Identifiers.checkAddress(street, number, box, postcode, municipality);
        if (check instanceof IdentifierCheck.Valid valid) {
            PostalAddress address = Identifiers.address(street, number, box, postcode, municipality).orElseThrow();
            assertThat(Identifiers.addressKey(address)).isEqualTo(valid.key());
            if (!address.street().contains(",")) { // the one-line form cuts at the comma before the postcode
                assertThat(Identifiers.check(IdentifierType.ADDRESS, valid.display()).normalised())
                        .as("the one-line form %s reads back", valid.display()).isPresent();
            }
        }
    }

    @FuzzTest(maxDuration = "5m")
    void names(FuzzedDataProvider data) {
        String a = data.consumeString(200);
        String b = data.consumeRemainingAsString();
        String normalised = Names.normalise(a);
        assertThat(Names.normalise(normalised)).as("normalising %s twice", a).isEqualTo(normalised);
        assertThat(normalised).doesNotContain("  ").isEqualTo(normalised.strip());
        NameKeys keys = Names.keys(a);
        double similarity = Names.similarity(a, b);
        assertThat(similarity).isBetween(0.0, 1.0);
        assertThat(similarity).as("symmetric").isCloseTo(Names.similarity(b, a), org.assertj.core.data.Offset.offset(1e-9));
        if (!keys.isEmpty()) {
            assertThat(Names.similarity(keys, keys)).isEqualTo(1.0);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void subjectDrafts(FuzzedDataProvider data) {
        var identifiers = java.util.List.of(new SubjectDraft.IdentifierInput(
                TYPES[data.consumeInt(0, TYPES.length - 1)].name(), data.consumeString(40)));
        var addresses = java.util.List.of(new SubjectDraft.AddressInput(null, null, null, null, null, data.consumeString(80)));
        SubjectDraft draft = new SubjectDraft(null, data.pickValue(SubjectType.values()).name(), data.consumeString(100),
                data.consumeString(12), data.consumeString(40), data.consumeString(3), data.consumeString(20),
                java.util.List.of(data.consumeString(8)), data.consumeString(20), data.consumeString(10),
                data.consumeBoolean(), identifiers, addresses);
        SubjectValidation.Checked checked = SubjectValidation.check(draft, LocalDate.of(2026, 11, 28));
        if (checked.valid()) {
            assertThat(checked.name()).isNotBlank();
            assertThat(checked.identifiers()).allSatisfy(identifier -> assertThat(
                    Identifiers.check(identifier.type(), identifier.value()).normalised()).contains(identifier.value()));
        } else {
            assertThat(checked.problems()).isNotEmpty();
        }
    }
}
