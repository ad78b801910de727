package be.stroomplan.subjects;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The keys of a person's name for search and entity resolution, as {@link Names#keys} makes them.
 * Every key sorts its tokens, so given and family names swapped give the same keys.
 *
 * @param normalised the name folded to lowercase ASCII with particles joined, in the order written:
 *        ‘Jan Van der Berghe’ → ‘jan vanderberghe’
 * @param tokens the canonical tokens in the order written: ‘Muhammad El-Amrani’ → [mohamed, elamrani]
 * @param canonical the canonical tokens sorted: ‘elamrani mohamed’; equal for Mohamed/Mohammed,
 *        El Amrani/Elamrani/Al Amrani, Van der Berghe/Vanderberghe
 * @param variants looser keys for blocking, the canonical one included: without the Arabic article,
 *        with cross-language equivalents (Youssef/Joseph), and consonant skeletons (e/i and o/u
 *        variants, dropped vowels)
 * @param phonetic Double Metaphone keys of the normalised tokens, sorted
 */
public record NameKeys(String normalised, List<String> tokens, String canonical, Set<String> variants, Set<String> phonetic) {

    public NameKeys {
        Objects.requireNonNull(normalised, "normalised");
        tokens = List.copyOf(tokens);
        Objects.requireNonNull(canonical, "canonical");
        variants = Set.copyOf(variants);
        phonetic = Set.copyOf(phonetic);
    }

    /** Whether the name had no letters or digits at all. */
    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    /** Whether any variant key of this name is a variant key of the other. */
    public boolean sharesVariantWith(NameKeys other) {
        return variants.stream().anyMatch(other.variants::contains);
    }
}
