package be.stroomplan.subjects.identifiers;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

import be.stroomplan.subjects.IdentifierCheck;
import be.stroomplan.subjects.IdentifierType;

/**
 * E-mail addresses: a sane subset of RFC 5321/5322 that real addresses use. The local part is a
 * dot-atom (letters, digits and {@code !#$%&'*+/=?^_`{|}~-}, dots between them), at most 64
 * characters, kept as written; the domain has at least two labels of letters, digits and hyphens
 * and an alphabetic top-level label, is lowercased, and an internationalised domain is written in
 * its ASCII (punycode) form. Quoted local parts, comments and IP-address literals are refused.
 */
public final class EmailAddresses {

    private static final IdentifierType TYPE = IdentifierType.EMAIL;
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TOP_LEVEL = Pattern.compile("[a-z]{2,63}|xn--[a-z0-9-]{1,59}");

    private EmailAddresses() {
    }

    public static IdentifierCheck check(String input) {
        if (Separators.isBlank(input)) {
            return Separators.empty(TYPE);
        }
        String address = input.strip();
        if (address.regionMatches(true, 0, "mailto:", 0, 7)) {
            address = address.substring(7);
        }
        int at = address.lastIndexOf('@');
        if (at < 0 || address.indexOf('@') != at) {
            return IdentifierCheck.Invalid.of(TYPE, "subjects.email.at", address);
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        if (local.isEmpty() || local.length() > 64 || !LOCAL.matcher(local).matches()) {
            return IdentifierCheck.Invalid.of(TYPE, "subjects.email.local", local);
        }
        String ascii;
        try {
            ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException refused) {
            return IdentifierCheck.Invalid.of(TYPE, "subjects.email.domain", domain);
        }
        String[] labels = ascii.split("\\.", -1);
        boolean domainValid = ascii.length() <= 253 && labels.length >= 2
                && TOP_LEVEL.matcher(labels[labels.length - 1]).matches();
        for (String label : labels) {
            domainValid &= LABEL.matcher(label).matches();
        }
        if (!domainValid) {
            return IdentifierCheck.Invalid.of(TYPE, "subjects.email.domain", domain);
        }
        String normalised = local + "@" + ascii;
        if (normalised.length() > 254) {
            return IdentifierCheck.Invalid.of(TYPE, "subjects.email.tooLong");
        }
        return new IdentifierCheck.Valid(TYPE, normalised, normalised);
    }
}
