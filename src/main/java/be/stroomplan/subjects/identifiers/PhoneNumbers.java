package be.stroomplan.subjects.identifiers;

import java.util.regex.Pattern;

import be.stroomplan.subjects.IdentifierCheck;
import be.stroomplan.subjects.IdentifierType;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Telephone numbers, read with Google's libphonenumber: a number without a country code is read
 * as Belgian; the value is E.164 ({@code +32470123456}). The number must be valid in its country's
 * numbering plan, not merely of a possible length. Letters (vanity numbers) are refused rather
 * than converted to digits.
 */
public final class PhoneNumbers {

    private static final IdentifierType TYPE = IdentifierType.PHONE;
    private static final String DEFAULT_REGION = "BE";
    private static final Pattern ALLOWED = Pattern.compile("[0-9+ ()./\\-\u00A0]+");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    public static IdentifierCheck check(String input) {
        if (Separators.isBlank(input)) {
            return Separators.empty(TYPE);
        }
        String trimmed = input.strip();
        if (!ALLOWED.matcher(trimmed).matches()) {
            return IdentifierCheck.Invalid.of(TYPE, "subjects.phone.characters", trimmed);
        }
        PhoneNumber number;
        try {
            number = PHONES.parse(trimmed, DEFAULT_REGION);
        } catch (NumberParseException refused) {
            return switch (refused.getErrorType()) {
                case INVALID_COUNTRY_CODE -> IdentifierCheck.Invalid.of(TYPE, "subjects.phone.countryCode", trimmed);
                case TOO_SHORT_AFTER_IDD, TOO_SHORT_NSN -> IdentifierCheck.Invalid.of(TYPE, "subjects.phone.tooShort", trimmed);
                case TOO_LONG -> IdentifierCheck.Invalid.of(TYPE, "subjects.phone.tooLong", trimmed);
                default -> IdentifierCheck.Invalid.of(TYPE, "subjects.phone.unreadable", trimmed);
            };
        }
        switch (PHONES.isPossibleNumberWithReason(number)) {
            case INVALID_COUNTRY_CODE:
                return IdentifierCheck.Invalid.of(TYPE, "subjects.phone.countryCode", trimmed);
            case TOO_SHORT:
                return IdentifierCheck.Invalid.of(TYPE, "subjects.phone.tooShort", trimmed);
            case TOO_LONG:
                return IdentifierCheck.Invalid.of(TYPE, "subjects.phone.tooLong", trimmed);
            default:
                break;
        }
        if (!PHONES.isValidNumber(number)) {
            String region = PHONES.getRegionCodeForCountryCode(number.getCountryCode());
            return IdentifierCheck.Invalid.of(TYPE, "subjects.phone.notInPlan", trimmed, "+" + number.getCountryCode(), region);
        }
        return new IdentifierCheck.Valid(TYPE, PHONES.format(number, PhoneNumberFormat.E164),
                PHONES.format(number, PhoneNumberFormat.INTERNATIONAL));
    }
}
