package be.stroomplan.subjects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The examples of DESIGN.md §6, the normalised forms, and a clear reason for each refusal. */
class IdentifiersTests {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            NATIONAL_NUMBER   | 93051822361               | 93051822361        | 93.05.18-223.61
            NATIONAL_NUMBER   | 93.05.18-223.61           | 93051822361        | 93.05.18-223.61
            ENTERPRISE_NUMBER | 0566.988.259              | 0566988259         | 0566.988.259
            ENTERPRISE_NUMBER | BE 0566 988 259           | 0566988259         | 0566.988.259
            IBAN              | BE68 5390 0754 7034       | BE68539007547034   | BE68 5390 0754 7034
            IBAN              | be68-5390-0754-7034       | BE68539007547034   | BE68 5390 0754 7034
            IBAN              | IBAN NL91 ABNA 0417 1643 00 | NL91ABNA0417164300 | NL91 ABNA 0417 1643 00
            IBAN              | DE89 3704 0044 0532 0130 00 | DE89370400440532013000 | DE89 3704 0044 0532 0130 00
            CONTAINER         | CSQU3054383               | CSQU3054383        | CSQU 305438 3
            CONTAINER         | csqu 305438-3             | CSQU3054383        | CSQU 305438 3
            IMO               | IMO 9074729               | 9074729            | IMO 9074729
            IMO               | 9074729                   | 9074729            | IMO 9074729
            PLATE             | 1-ABC-123                 | 1-ABC-123          | 1-ABC-123
            PLATE             | 1abc123                   | 1-ABC-123          | 1-ABC-123
            PLATE             | 2 xyz 987                 | 2-XYZ-987          | 2-XYZ-987
            PLATE             | abc.123                   | ABC-123            | ABC-123
            PLATE             | 123 abc                   | 123-ABC            | 123-ABC
            VIN               | 1M8GDM9AXKP042788         | 1M8GDM9AXKP042788  | 1M8GDM9AXKP042788
            VIN               | wvwzzz1jz3w386752         | WVWZZZ1JZ3W386752  | WVWZZZ1JZ3W386752
            PHONE             | 0470 12 34 56             | +32470123456       | +32 470 12 34 56
            PHONE             | +32 3 202 11 11           | +3232021111        | +32 3 202 11 11
            PHONE             | 0032 (0)470/12.34.56      | +32470123456       | +32 470 12 34 56
            PHONE             | +31 6 12345678            | +31612345678       | +31 6 12345678
            EMAIL             | Jan.Peeters@Telenet.BE    | Jan.Peeters@telenet.be | Jan.Peeters@telenet.be
            EMAIL             | info@café-noord.be        | info@xn--caf-noord-d4a.be | info@xn--caf-noord-d4a.be
            ADDRESS           | Turnhoutsebaan 12 bus 3, 2140 Borgerhout | Turnhoutsebaan 12 bus 3, 2140 Borgerhout | Turnhoutsebaan 12 bus 3, 2140 Borgerhout
            ADDRESS           | KERKSTR. 5A, 2060 ANTWERPEN | Kerkstraat 5A, 2060 Antwerpen | Kerkstraat 5A, 2060 Antwerpen
            """)
    void validValuesAreNormalised(IdentifierType type, String input, String value, String display) {
        IdentifierCheck check = type.check(input);
        assertThat(check).isInstanceOf(IdentifierCheck.Valid.class);
        IdentifierCheck.Valid valid = (IdentifierCheck.Valid) check;
        assertThat(valid.value()).isEqualTo(value);
        assertThat(valid.display()).isEqualTo(display);
        assertThat(check.normalised()).contains(value);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            NATIONAL_NUMBER   | ''                   | subjects.identifier.empty
            NATIONAL_NUMBER   | 9305182236           | subjects.identifier.digitCount
            NATIONAL_NUMBER   | 93051822362          | subjects.identifier.checkDigits
            NATIONAL_NUMBER   | 9305182236x          | subjects.identifier.onlyDigits
            NATIONAL_NUMBER   | 93051800014          | subjects.nationalNumber.counter
            NATIONAL_NUMBER   | 93023000196          | subjects.nationalNumber.date
            ENTERPRISE_NUMBER | 0566.988.258         | subjects.identifier.checkDigits
            ENTERPRISE_NUMBER | 2566.988.259         | subjects.enterpriseNumber.firstDigit
            ENTERPRISE_NUMBER | 566.988.259          | subjects.identifier.digitCount
            IBAN              | BE68 5390 0754 7035  | subjects.identifier.checkDigits
            IBAN              | BE68 5390 0754 703   | subjects.iban.length
            IBAN              | XX68 5390 0754 7034  | subjects.iban.country
            IBAN              | 68 5390 0754 7034    | subjects.iban.start
            IBAN              | BE68 5390_0754 7034  | subjects.identifier.onlyLettersAndDigits
            PLATE             | 1-ABCD-123           | subjects.plate.format
            PLATE             | 1-ABC-12#            | subjects.identifier.onlyLettersAndDigits
            VIN               | 1M8GDM9AXKP04278     | subjects.identifier.characterCount
            VIN               | 1M8GDM9AXKP0427O8    | subjects.vin.letters
            VIN               | 1M8GDM9A1KP042788    | subjects.vin.checkDigit
            CONTAINER         | CSQU3054384          | subjects.identifier.checkDigits
            CONTAINER         | CSQA3054383          | subjects.container.category
            CONTAINER         | CSQ3054383           | subjects.container.shape
            IMO               | IMO 9074728          | subjects.identifier.checkDigits
            IMO               | IMO 907472           | subjects.identifier.digitCount
            PHONE             | 0800-FLOWERS         | subjects.phone.characters
            PHONE             | 04701                | subjects.phone.tooShort
            PHONE             | 0470 12 34 56 78 90 12 | subjects.phone.tooLong
            PHONE             | 0400 00 00 00        | subjects.phone.notInPlan
            EMAIL             | jan.peeters.telenet.be | subjects.email.at
            EMAIL             | jan..peeters@telenet.be | subjects.email.local
            EMAIL             | jan@telenet          | subjects.email.domain
            EMAIL             | jan@-telenet.be      | subjects.email.domain
            ADDRESS           | Turnhoutsebaan, Borgerhout | subjects.address.line
            ADDRESS           | Turnhoutsebaan 12, 0999 Borgerhout | subjects.address.postcode
            ADDRESS           | Turnhoutsebaan 12, 9993 Borgerhout | subjects.address.postcode
            ADDRESS           | Turnhoutsebaan 12 zes, 2140 Borgerhout | subjects.address.numberFormat
            """)
    void invalidValuesSayWhy(IdentifierType type, String input, String key) {
        IdentifierCheck check = type.check(input);
        assertThat(check).isInstanceOf(IdentifierCheck.Invalid.class);
        assertThat(((IdentifierCheck.Invalid) check).messageKey()).isEqualTo(key);
        assertThat(check.normalised()).isEmpty();
    }

    @Test
    void aNullValueIsEmpty() {
        for (IdentifierType type : IdentifierType.values()) {
            assertThat(((IdentifierCheck.Invalid) type.check(null)).messageKey()).isEqualTo("subjects.identifier.empty");
        }
    }

    @Test
    void aNationalNumberOfABirthFrom2000PutsATwoBeforeTheDigits() {
        // 2001-03-15, counter 123: 97 - (2010315123 mod 97)
        long check = 97 - 2_010_315_123L % 97;
        String number = String.format("010315123%02d", check);
        assertThat(IdentifierType.NATIONAL_NUMBER.check(number).valid()).isTrue();
        // the same digits with the check of the twentieth century: 1901-03-15
        long old = 97 - 10_315_123L % 97;
        assertThat(IdentifierType.NATIONAL_NUMBER.check(String.format("010315123%02d", old)).valid()).isTrue();
    }

    @Test
    void bisNumbersAddTwentyOrFortyToTheMonth() {
        for (int offset : new int[] { 20, 40 }) {
            String firstNine = String.format("93%02d18223", 5 + offset);
            long check = 97 - Long.parseLong(firstNine) % 97;
            assertThat(IdentifierType.NATIONAL_NUMBER.check(firstNine + String.format("%02d", check)).valid()).isTrue();
        }
        String thirteen = "931318223";
        long check = 97 - Long.parseLong(thirteen) % 97;
        assertThat(((IdentifierCheck.Invalid) IdentifierType.NATIONAL_NUMBER.check(thirteen + String.format("%02d", check)))
                .messageKey()).isEqualTo("subjects.nationalNumber.date");
    }

    @Test
    void anUnknownBirthDateIsWrittenWithZeros() {
        String firstNine = "930000223";
        long check = 97 - Long.parseLong(firstNine) % 97;
        assertThat(IdentifierType.NATIONAL_NUMBER.check(firstNine + String.format("%02d", check)).valid()).isTrue();
    }

    @Test
    void aBirthDateInTheFutureIsRefused() {
        String firstNine = "991231001"; // 2099-12-31 with the check of a birth from 2000
        long check = 97 - (2_000_000_000L + Long.parseLong(firstNine)) % 97;
        assertThat(((IdentifierCheck.Invalid) IdentifierType.NATIONAL_NUMBER.check(firstNine + String.format("%02d", check)))
                .messageKey()).isEqualTo("subjects.nationalNumber.future");
    }

    @Test
    void theBelgianDomesticCheckIsAppliedToo() {
        // a BBAN whose domestic check is wrong (12 instead of 34), with IBAN check digits made to fit it
        String bban = "539007547012";
        int ibanCheck = 98 - new java.math.BigInteger(bban + "111400").mod(java.math.BigInteger.valueOf(97)).intValue();
        String iban = String.format("BE%02d%s", ibanCheck, bban);
        IdentifierCheck check = IdentifierType.IBAN.check(iban);
        assertThat(((IdentifierCheck.Invalid) check).messageKey()).isEqualTo("subjects.iban.belgianAccount");
    }

    @Test
    void aEuropeanVinHasNoCheckDigitToVerify() {
        assertThat(IdentifierType.VIN.check("WVWZZZ1JZ3W386752").valid()).isTrue();
        assertThat(IdentifierType.VIN.check("WVWZZZ1JZ4W386752").valid()).isTrue();
    }

    @Test
    void addressesInPartsAreNormalisedAndKeyedForMatching() {
        IdentifierCheck.Valid typed = (IdentifierCheck.Valid) Identifiers.checkAddress("  lange   kievitstr. ", "12 bus 3", null,
                "2018", "ANTWERPEN");
        IdentifierCheck.Valid other = (IdentifierCheck.Valid) Identifiers.checkAddress("Lange Kievitstraat", "12", "bus 3",
                "2018", "Anvers");
        assertThat(typed.value()).isEqualTo("Lange Kievitstraat 12 bus 3, 2018 Antwerpen");
        assertThat(typed.key()).isEqualTo(other.key()).isEqualTo("2018|langekievitstraat|12|3");
        IdentifierCheck.Valid accents = (IdentifierCheck.Valid) Identifiers.checkAddress("Belgiëlei", "5", "", "2018",
                "Antwerpen");
        IdentifierCheck.Valid plain = (IdentifierCheck.Valid) Identifiers.checkAddress("BELGIELEI", "5", "", "2018",
                "Antwerpen");
        assertThat(accents.key()).isEqualTo(plain.key());
        assertThat(Identifiers.address("Bredabaan", "12b3", null, "2170", "Merksem")).get()
                .extracting(PostalAddress::number, PostalAddress::box).containsExactly("12", "3");
        assertThat(Identifiers.address("Bredabaan", "12B", null, "2170", "Merksem")).get()
                .extracting(PostalAddress::number, PostalAddress::box).containsExactly("12B", "");
        assertThat(Identifiers.address("Gallifortlei", "12-14", null, "2100", "Deurne")).get()
                .extracting(PostalAddress::number).isEqualTo("12-14");
        assertThat(Identifiers.address("Bisschoppenhoflaan", "", null, "2100", "Deurne")).isEmpty();
        assertThat(((IdentifierCheck.Invalid) Identifiers.checkAddress("Bredabaan", "12 bus 3", "4", "2170", "Merksem"))
                .messageKey()).isEqualTo("subjects.address.boxConflict");
        assertThat(Identifiers.address("Grotesteenweg", "1", null, "2600", "Berchem")).isPresent();
        assertThat(Identifiers.address("Grote stwg", "1", null, "2600", "Berchem")).get().extracting(PostalAddress::street)
                .isEqualTo("Grote steenweg");
    }

    @Test
    void everyRefusalReadsInDutchFrenchAndEnglish() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        List<IdentifierCheck> refusals = List.of(IdentifierType.NATIONAL_NUMBER.check("93051822362"),
                IdentifierType.IBAN.check("BE68 5390 0754 703"), IdentifierType.PHONE.check("0400 00 00 00"),
                IdentifierType.ENTERPRISE_NUMBER.check("2566.988.259"), IdentifierType.NATIONAL_NUMBER.check("93023000196"));
        for (IdentifierCheck refusal : refusals) {
            IdentifierCheck.Invalid invalid = (IdentifierCheck.Invalid) refusal;
            for (Locale locale : List.of(Locale.forLanguageTag("nl"), Locale.FRENCH, Locale.ENGLISH)) {
                String message = messages.getMessage(invalid, locale);
                assertThat(message).as("%s in %s", invalid.messageKey(), locale).isNotBlank().doesNotContain("{");
                invalid.arguments().forEach(argument -> assertThat(message).contains(argument));
            }
        }
        assertThat(messages.getMessage((IdentifierCheck.Invalid) IdentifierType.IBAN.check("BE68 5390 0754 703"), Locale.FRENCH))
                .isEqualTo("Un IBAN de BE compte 16 caractères, pas 15.");
    }
}
