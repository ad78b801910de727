package be.stroomplan.deconfliction.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import be.stroomplan.deconfliction.CheckItem;
import be.stroomplan.deconfliction.InvalidDeconflictionInput;
import be.stroomplan.subjects.IdentifierCheck;
import be.stroomplan.subjects.IdentifierType;
import be.stroomplan.subjects.Identifiers;
import be.stroomplan.subjects.NameKeys;
import be.stroomplan.subjects.Names;
import be.stroomplan.subjects.PostalAddress;
import be.stroomplan.subjects.Subject;
import be.stroomplan.subjects.SubjectIdentifier;
import be.stroomplan.subjects.SubjectType;

/**
 * The one normalisation of index and check, so that the same identifier always gives the same
 * keys: the subjects module’s matching key of each identifier ({@link IdentifierCheck.Valid#key}),
 * the address key of each address, and for a person with a birth date, one NAME key per name variant
 * of {@link Names#keys} (canonical, without the Arabic article, cross-language, consonant
 * skeletons) joined with the birth date. A checked name matches when any of its variant keys equals
 * any of the indexed ones.
 */
final class IndexKeys {

    static final String NAME = "NAME";

    private IndexKeys() {
    }

    /** The keys of a subject of an open dossier. */
    static Set<IndexKey> of(Subject subject) {
        Set<IndexKey> keys = new LinkedHashSet<>();
        for (SubjectIdentifier identifier : subject.identifiers()) {
            keys.add(new IndexKey(identifier.type().name(), identifier.key()));
        }
        for (PostalAddress address : subject.addresses()) {
            keys.add(new IndexKey(IdentifierType.ADDRESS.name(), Identifiers.addressKey(address)));
        }
        if (subject.type() == SubjectType.PERSON && subject.name() != null && subject.birthDate() != null) {
            keys.addAll(names(Names.keys(subject.name()), subject.birthDate()));
        }
        return keys;
    }

    private static List<IndexKey> names(NameKeys keys, LocalDate birthDate) {
        List<IndexKey> result = new ArrayList<>();
        for (String variant : keys.variants()) {
            result.add(new IndexKey(NAME, variant + "|" + birthDate));
        }
        return result;
    }

    /**
     * The keys of each item, in order; the problems of bad items (field {@code <prefix>[i].type},
     * {@code .value} or {@code .birthDate}) go to {@code problems}.
     */
    static List<List<IndexKey>> of(List<CheckItem> items, String prefix, List<InvalidDeconflictionInput.Problem> problems) {
        List<List<IndexKey>> result = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            result.add(of(items.get(i), prefix + "[" + i + "]", problems));
        }
        return result;
    }

    private static List<IndexKey> of(CheckItem item, String field, List<InvalidDeconflictionInput.Problem> problems) {
        if (item == null || item.type() == null || item.type().isBlank()) {
            problems.add(new InvalidDeconflictionInput.Problem(field + ".type", "deconfliction.error.required"));
            return List.of();
        }
        String type = item.type().strip().toUpperCase(java.util.Locale.ROOT);
        if (item.value() == null || item.value().isBlank()) {
            problems.add(new InvalidDeconflictionInput.Problem(field + ".value", "deconfliction.error.required"));
            return List.of();
        }
        if (item.value().length() > 500) {
            problems.add(new InvalidDeconflictionInput.Problem(field + ".value", "deconfliction.error.length", 500));
            return List.of();
        }
        if (NAME.equals(type)) {
            if (item.birthDate() == null) {
                problems.add(new InvalidDeconflictionInput.Problem(field + ".birthDate", "deconfliction.error.birthDate"));
                return List.of();
            }
            NameKeys keys = Names.keys(item.value());
            if (keys.isEmpty()) {
                problems.add(new InvalidDeconflictionInput.Problem(field + ".value", "deconfliction.error.name"));
                return List.of();
            }
            return names(keys, item.birthDate());
        }
        IdentifierType identifierType;
        try {
            identifierType = IdentifierType.valueOf(type);
        } catch (IllegalArgumentException e) {
            problems.add(new InvalidDeconflictionInput.Problem(field + ".type", "deconfliction.error.type"));
            return List.of();
        }
        IdentifierCheck check = identifierType.check(item.value());
        if (check instanceof IdentifierCheck.Valid valid) {
            return List.of(new IndexKey(identifierType.name(), valid.key()));
        }
        IdentifierCheck.Invalid invalid = (IdentifierCheck.Invalid) check;
        problems.add(new InvalidDeconflictionInput.Problem(field + ".value", invalid.messageKey(), invalid.arguments()));
        return List.of();
    }
}
