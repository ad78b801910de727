package be.stroomplan.dossiers.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import be.stroomplan.dossiers.InvalidDossierInput.Problem;

/** Parsing of typed fields into values, collecting one problem per field that fails. */
public final class Fields {

    private Fields() {
    }

    public static String text(List<Problem> problems, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new Problem(field, "dossiers.error.required"));
            }
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            problems.add(new Problem(field, "dossiers.error.length", max));
            return null;
        }
        return text;
    }

    public static <E extends Enum<E>> E enumeration(List<Problem> problems, String field, String value, Class<E> type,
                                                    boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new Problem(field, "dossiers.error.required"));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(field, "dossiers.error.oneOf", String.join(", ",
                    java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
            return null;
        }
    }

    /** A day in ISO form; {@code notAfter} (today in Brussels) refuses a day in the future. */
    public static LocalDate date(List<Problem> problems, String field, String value, boolean required, LocalDate notAfter) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new Problem(field, "dossiers.error.required"));
            }
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.strip());
            if (notAfter != null && day.isAfter(notAfter)) {
                problems.add(new Problem(field, "dossiers.error.future"));
                return null;
            }
            return day;
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, "dossiers.error.date"));
            return null;
        }
    }

    /** A number that is not negative, with at most {@code scale} decimals; a comma counts as the decimal point. */
    public static BigDecimal amount(List<Problem> problems, String field, String value, boolean required, int scale) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new Problem(field, "dossiers.error.required"));
            }
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value.strip().replace(',', '.'));
            if (amount.signum() < 0) {
                problems.add(new Problem(field, "dossiers.error.negative"));
                return null;
            }
            if (amount.stripTrailingZeros().scale() > scale || amount.precision() - amount.scale() > 12) {
                problems.add(new Problem(field, "dossiers.error.number"));
                return null;
            }
            return amount;
        } catch (NumberFormatException e) {
            problems.add(new Problem(field, "dossiers.error.number"));
            return null;
        }
    }

    public static Integer count(List<Problem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 1 || n > 100_000) {
                problems.add(new Problem(field, "dossiers.error.count"));
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            problems.add(new Problem(field, "dossiers.error.count"));
            return null;
        }
    }
}
