package be.stroomplan.protocols;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a retention period out of the free text of a protocol's category terms. */
final class RetentionPeriods {

    private static final Pattern ISO = Pattern.compile("\\bP(\\d+[YMWD])+\\b");
    private static final Pattern YEARS = Pattern.compile("(\\d{1,3})\\s*(jaar|jaren|years?|ans?|années?)\\b");
    private static final Pattern MONTHS = Pattern.compile("(\\d{1,4})\\s*(maanden|maand|months?|mois)\\b");

    private RetentionPeriods() {
    }

    static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            try {
                return Optional.of(Period.parse(iso.group()));
            } catch (DateTimeParseException e) {
                // fall through to the words
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher years = YEARS.matcher(lower);
        if (years.find()) {
            return Optional.of(Period.ofYears(Integer.parseInt(years.group(1))));
        }
        Matcher months = MONTHS.matcher(lower);
        if (months.find()) {
            return Optional.of(Period.ofMonths(Integer.parseInt(months.group(1))));
        }
        return Optional.empty();
    }

    static long months(Period period) {
        return period.toTotalMonths() + period.getDays() / 30;
    }
}
