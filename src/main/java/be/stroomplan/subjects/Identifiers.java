package be.stroomplan.subjects;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

import be.stroomplan.subjects.identifiers.Addresses;
import be.stroomplan.subjects.identifiers.ContainerNumbers;
import be.stroomplan.subjects.identifiers.EmailAddresses;
import be.stroomplan.subjects.identifiers.EnterpriseNumbers;
import be.stroomplan.subjects.identifiers.Ibans;
import be.stroomplan.subjects.identifiers.ImoNumbers;
import be.stroomplan.subjects.identifiers.NationalNumbers;
import be.stroomplan.subjects.identifiers.PhoneNumbers;
import be.stroomplan.subjects.identifiers.Plates;
import be.stroomplan.subjects.identifiers.Vins;

/**
 * Validation and normalisation of every identifier type, exactly as DESIGN.md §6 and
 * {@code docs/IDENTIFIERS.md} describe them. The checks are pure functions: no database, no
 * network, no guessing. A refused value comes back with the reason; nothing is corrected beyond
 * separators, case and the written-out form of abbreviations.
 */
public final class Identifiers {

    private static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

    private Identifiers() {
    }

    /**
     * Checks a value of the given type. An address is read from one line: ‘Turnhoutsebaan 12 bus 3,
     * 2140 Borgerhout‘; prefer {@link #checkAddress} when its parts are known. A national number
     * whose birth date lies after today (in Belgium) is refused.
     */
    public static IdentifierCheck check(IdentifierType type, String input) {
        Objects.requireNonNull(type, "type");
        return switch (type) {
            case NATIONAL_NUMBER -> NationalNumbers.check(input, LocalDate.now(BELGIUM));
            case ENTERPRISE_NUMBER -> EnterpriseNumbers.check(input);
            case IBAN -> Ibans.check(input);
            case PLATE -> Plates.check(input);
            case VIN -> Vins.check(input);
            case CONTAINER -> ContainerNumbers.check(input);
            case IMO -> ImoNumbers.check(input);
            case PHONE -> PhoneNumbers.check(input);
            case EMAIL -> EmailAddresses.check(input);
            case ADDRESS -> Addresses.checkLine(input);
        };
    }

    /** Checks an address given in its parts; {@code box} may be null or empty. */
    public static IdentifierCheck checkAddress(String street, String number, String box, String postcode, String municipality) {
        return Addresses.check(street, number, box, postcode, municipality);
    }

    /** The normalised address of its parts, if they form a valid Belgian address. */
    public static Optional<PostalAddress> address(String street, String number, String box, String postcode, String municipality) {
        return Addresses.normalise(street, number, box, postcode, municipality).address();
    }

    /** The matching key of a normalised address (postcode, street, number, box; see {@link IdentifierCheck.Valid#key}). */
    public static String addressKey(PostalAddress address) {
        return Addresses.key(address);
    }
}
