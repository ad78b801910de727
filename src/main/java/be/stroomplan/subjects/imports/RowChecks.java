package be.stroomplan.subjects.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import be.stroomplan.subjects.IdentifierType;
import be.stroomplan.subjects.SubjectDraft;
import be.stroomplan.subjects.SubjectDraft.AddressInput;
import be.stroomplan.subjects.SubjectDraft.IdentifierInput;
import be.stroomplan.subjects.SubjectType;

/**
 * Turns a staged CSV row of a generic list (DESIGN.md §7: persons, companies) or a joined KBO row
 * into the draft that the register's own checks ({@link be.stroomplan.subjects.SubjectValidation})
 * judge, so that an imported record passes exactly the checks of one typed in.
 */
final class RowChecks {

    private RowChecks() {
    }

    /** ref,name,birth_date,birth_place,nationality,national_number,street,number,postcode,municipality,phone,email */
    static SubjectDraft person(List<String> f, String category) {
        List<IdentifierInput> identifiers = new ArrayList<>();
        identifier(identifiers, IdentifierType.NATIONAL_NUMBER, f.get(5));
        identifier(identifiers, IdentifierType.PHONE, f.get(10));
        identifier(identifiers, IdentifierType.EMAIL, f.get(11));
        return new SubjectDraft(null, SubjectType.PERSON.name(), f.get(1), blank(f.get(2)), blank(f.get(3)), blank(f.get(4)),
                null, List.of(), f.get(0), category, false, identifiers, address(f.get(6), f.get(7), null, f.get(8), f.get(9)));
    }

    /** ref,name,legal_form,enterprise_number,street,number,postcode,municipality,nace (NACE codes separated by ; or |) */
    static SubjectDraft company(List<String> f, String category) {
        List<IdentifierInput> identifiers = new ArrayList<>();
        identifier(identifiers, IdentifierType.ENTERPRISE_NUMBER, f.get(3));
        return new SubjectDraft(null, SubjectType.COMPANY.name(), f.get(1), null, null, null, blank(f.get(2)), nace(f.get(8)),
                f.get(0), category, false, identifiers, address(f.get(4), f.get(5), null, f.get(6), f.get(7)));
    }

    /** A KBO enterprise as {@link KboRows} joins it: number, name, legal form, address parts, NACE codes. */
    static SubjectDraft enterprise(KboRows.Enterprise e, String category) {
        List<IdentifierInput> identifiers = new ArrayList<>();
        identifier(identifiers, IdentifierType.ENTERPRISE_NUMBER, e.number());
        return new SubjectDraft(null, SubjectType.COMPANY.name(), e.name(), null, null, null, blank(e.legalForm()), e.nace(),
                e.number(), category, false, identifiers, address(e.street(), e.houseNumber(), e.box(), e.postcode(),
                        e.municipality()));
    }

    static List<String> nace(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[;|]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static void identifier(List<IdentifierInput> identifiers, IdentifierType type, String value) {
        if (value != null && !value.isBlank()) {
            identifiers.add(new IdentifierInput(type.name(), value));
        }
    }

    private static List<AddressInput> address(String street, String number, String box, String postcode, String municipality) {
        if (blank(street) == null && blank(number) == null && blank(postcode) == null && blank(municipality) == null) {
            return List.of();
        }
        return List.of(new AddressInput(street, number, blank(box), postcode, municipality, null));
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
