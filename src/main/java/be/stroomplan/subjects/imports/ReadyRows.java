package be.stroomplan.subjects.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import be.stroomplan.subjects.Identifiers;
import be.stroomplan.subjects.PostalAddress;
import be.stroomplan.subjects.SubjectIdentifier;
import be.stroomplan.subjects.SubjectValidation;

/**
 * Validated rows, streamed into {@code subject_import_ready} with COPY: rendered by {@link #render}
 * (on any thread, into a detached {@link CopyRows}) and sent in the file's order by {@link #send}.
 */
final class ReadyRows implements AutoCloseable {

    private static final String COLUMNS = "import_id, line, id, type, name, name_normalised, name_canonical, name_variants,"
            + " name_phonetic, birth_date, birth_place, nationality, legal_form, nace_codes, ref, category, identifier_types,"
            + " identifier_values, identifier_shown, identifier_keys, streets, numbers, boxes, postcodes, municipalities, address_keys";

    private final CopyRows copy;

    ReadyRows(Connection connection) throws SQLException {
        this.copy = new CopyRows(connection, "subject_import_ready", COLUMNS);
    }

    /** Renders one checked row as COPY text into {@code out}. */
    static void render(CopyRows out, UUID importId, int line, SubjectValidation.Checked c) throws SQLException {
        List<String> types = new ArrayList<>();
        List<String> values = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (SubjectIdentifier identifier : c.identifiers()) {
            // an identifier given twice is stored once (the table's key), the first one as it came
            if (!seen.add(identifier.type().name() + '\u0000' + identifier.value())) {
                continue;
            }
            types.add(identifier.type().name());
            values.add(identifier.value());
            shown.add(identifier.display());
            keys.add(identifier.key());
        }
        List<String> streets = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        List<String> boxes = new ArrayList<>();
        List<String> postcodes = new ArrayList<>();
        List<String> municipalities = new ArrayList<>();
        List<String> addressKeys = new ArrayList<>();
        for (PostalAddress address : c.addresses()) {
            streets.add(address.street());
            numbers.add(address.number());
            boxes.add(address.box() == null ? "" : address.box());
            postcodes.add(address.postcode());
            municipalities.add(address.municipality());
            addressKeys.add(Identifiers.addressKey(address));
        }
        out.value(importId).value(line).value(UUID.randomUUID()).value(c.type().name()).value(c.name())
                .value(c.keys().normalised()).value(c.keys().canonical()).array(c.keys().variants()).array(c.keys().phonetic())
                .value(c.birthDate()).value(c.birthPlace()).value(c.nationality()).value(c.legalForm()).array(c.naceCodes())
                .value(c.ref()).value(c.category().name()).array(types).array(values).array(shown).array(keys)
                .array(streets).array(numbers).array(boxes).array(postcodes).array(municipalities).array(addressKeys);
        out.endRow();
    }

    /** Sends rows that {@link #render} made for this import. */
    void send(String rendered) throws SQLException {
        copy.raw(rendered);
    }

    long finish() throws SQLException {
        return copy.finish();
    }

    @Override
    public void close() throws SQLException {
        copy.close();
    }
}
