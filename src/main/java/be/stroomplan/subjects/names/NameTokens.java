package be.stroomplan.subjects.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a name into folded words and joins particles to the word they belong to, so that
 * ‘Van der Berghe’, ‘VANDERBERGHE’ and ‘van der berghe’ are one token, ‘vanderberghe’, and so are
 * ‘El Amrani’, ‘El-Amrani’ and ‘Elamrani’. Hyphenated compounds (‘Peeters-Janssens’) become
 * separate tokens. Arabic particles are written one way when joined: al/el/ul → el, bin/ibn → ben,
 * abd/abdel/abdul/abdoul/abdal (with a following el) → abdel, abou/abu → abu, aït/ait → ait.
 */
public final class NameTokens {

    /** Dutch and French particles of family names. */
    static final Set<String> PARTICLES = Set.of("van", "der", "den", "de", "del", "della", "le", "la", "du", "des", "ter",
            "ten", "vanden", "vander", "vande", "t", "op", "in", "het", "di", "da", "dos", "das", "d");
    /** Arabic and Berber particles, with the one spelling they take when joined. */
    static final Map<String, String> ARABIC = Map.ofEntries(Map.entry("el", "el"), Map.entry("al", "el"),
            Map.entry("ul", "el"), Map.entry("ben", "ben"), Map.entry("bin", "ben"), Map.entry("ibn", "ben"),
            Map.entry("ait", "ait"), Map.entry("abu", "abu"), Map.entry("abou", "abu"), Map.entry("abd", "abd"),
            Map.entry("abdel", "abdel"), Map.entry("abdul", "abdel"), Map.entry("abdoul", "abdel"),
            Map.entry("abdal", "abdel"), Map.entry("ould", "ould"));
    /** Particles that are also common given names: joined only where they cannot be one. */
    private static final Set<String> ALSO_GIVEN_NAMES = Set.of("ben", "abu", "abou");

    private NameTokens() {
    }

    /** The tokens of a full name whose given and family parts are not known. */
    public static List<String> of(String fullName) {
        List<String> words = words(fullName);
        return join(words, words.size() <= 2);
    }

    /** The tokens of the given names followed by those of the family name. */
    public static List<String> of(String givenNames, String familyName) {
        List<String> tokens = new ArrayList<>(join(words(givenNames), true));
        tokens.addAll(join(words(familyName), false));
        return tokens;
    }

    static List<String> words(String text) {
        String folded = Folding.fold(text);
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }

    private static boolean isParticle(String word) {
        return PARTICLES.contains(word) || ARABIC.containsKey(word);
    }

    /**
     * @param firstMayBeGivenName whether a leading ‘ben’ or ‘abou’ may be a given name (a short full
     *        name, or the given names themselves), and so is left alone
     */
    private static List<String> join(List<String> words, boolean firstMayBeGivenName) {
        List<String> tokens = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean last = i == words.size() - 1;
            boolean leadingGivenName = i == 0 && firstMayBeGivenName && ALSO_GIVEN_NAMES.contains(word);
            if (isParticle(word) && !last && !leadingGivenName) {
                pending.append(ARABIC.getOrDefault(word, word));
                continue;
            }
            if (!pending.isEmpty()) {
                String joined = spell(pending.append(word).toString());
                pending.setLength(0);
                if (isParticle(joined) && !last) {
                    // ‘van d e ben’: ‘vande’ is a particle again, and joins the next word as it would
                    // in ‘vande ben’, so that normalising a normalised name changes nothing (found by fuzzing)
                    pending.append(ARABIC.getOrDefault(joined, joined));
                } else {
                    tokens.add(joined);
                }
            } else {
                tokens.add(word);
            }
        }
        return tokens;
    }

    /** ‘abdel’ + ‘el’ + ‘kader’ is written ‘abdelkader’, like ‘abd’ + ‘el’ + ‘kader’. */
    private static String spell(String joined) {
        return joined.replace("abdelel", "abdel");
    }
}
