package be.stroomplan.subjects;

import java.util.Objects;

/**
 * A normalised Belgian postal address, as {@link Identifiers#checkAddress} makes it.
 *
 * @param street the street name, abbreviations written out (‘Kerkstr.’ → ‘Kerkstraat’), in its
 *        own case, or in title case if it was typed all upper or all lower case
 * @param number the house number with an optional letter or range: ‘12’, ‘12A’, ‘12-14’
 * @param box the box (bus, boîte) or an empty string
 * @param postcode four digits, 1000 to 9992
 * @param municipality the municipality or district as written, title-cased like the street
 */
public record PostalAddress(String street, String number, String box, String postcode, String municipality) {

    public PostalAddress {
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(number, "number");
        box = box == null ? "" : box;
        Objects.requireNonNull(postcode, "postcode");
        Objects.requireNonNull(municipality, "municipality");
    }

    /** ‘Turnhoutsebaan 12 bus 3, 2140 Borgerhout’ */
    public String line() {
        return street + " " + number + (box.isEmpty() ? "" : " bus " + box) + ", " + postcode + " " + municipality;
    }
}
