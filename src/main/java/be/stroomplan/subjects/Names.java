package be.stroomplan.subjects;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import be.stroomplan.subjects.names.JaroWinkler;
import be.stroomplan.subjects.names.NameTokens;
import be.stroomplan.subjects.names.PhoneticKeys;
import be.stroomplan.subjects.names.Transliterations;

/**
 * Names of persons as they appear in Belgian records: normalisation (diacritics, case, Dutch and
 * French particles, Arabic and Berber particles, hyphenated compounds), transliteration variants
 * of Arabic, Berber, Turkish and Albanian names, phonetic keys, and a similarity score. Pure
 * functions; see {@link NameKeys} for what each key is for.
 */
public final class Names {

    private Names() {
    }

    /** The keys of a full name whose given and family parts are not known (‘Mohamed El Amrani’, ‘EL AMRANI Mohamed’). */
    public static NameKeys keys(String fullName) {
        return keysOf(NameTokens.of(fullName));
    }

    /** The keys of a name whose given names and family name are known. */
    public static NameKeys keys(String givenNames, String familyName) {
        return keysOf(NameTokens.of(givenNames, familyName));
    }

    /** The name folded to lowercase ASCII with particles joined: ‘Jan VAN DER Berghe’ → ‘jan vanderberghe’. */
    public static String normalise(String name) {
        return String.join(" ", NameTokens.of(name));
    }

    /** The similarity of two full names, from 0 to 1; see {@link #similarity(NameKeys, NameKeys)}. */
    public static double similarity(String a, String b) {
        return similarity(keys(a), keys(b));
    }

    /**
     * The similarity of two names, from 0 to 1, insensitive to the order of the tokens: each token
     * is paired with its most similar token of the other name (Jaro-Winkler over the canonical
     * tokens, also tried without the Arabic article and across languages), and the two directions
     * are averaged, so a missing middle name lowers the score without ruining it.
     */
    public static double similarity(NameKeys a, NameKeys b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        if (a.canonical().equals(b.canonical())) {
            return 1.0;
        }
        return (directed(a.tokens(), b.tokens()) + directed(b.tokens(), a.tokens())) / 2.0;
    }

    private static double directed(List<String> from, List<String> to) {
        double total = 0;
        double weight = 0;
        for (String token : from) {
            double best = 0;
            for (String other : to) {
                best = Math.max(best, tokenSimilarity(token, other));
            }
            double tokenWeight = Math.max(3, token.length());
            total += best * tokenWeight;
            weight += tokenWeight;
        }
        return total / weight;
    }

    private static double tokenSimilarity(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        double score = JaroWinkler.similarity(a, b);
        String bareA = Transliterations.withoutArticle(a);
        String bareB = Transliterations.withoutArticle(b);
        if (!bareA.equals(a) || !bareB.equals(b)) {
            score = Math.max(score, 0.97 * JaroWinkler.similarity(bareA, bareB));
        }
        if (Transliterations.crossLanguage(a).equals(Transliterations.crossLanguage(b))) {
            score = Math.max(score, 0.9);
        }
        return score;
    }

    private static NameKeys keysOf(List<String> normalisedTokens) {
        List<String> tokens = normalisedTokens.stream().map(Transliterations::canonical).toList();
        String canonical = sorted(tokens, UnaryOperator.identity());
        Set<String> variants = new TreeSet<>();
        if (!tokens.isEmpty()) {
            variants.add(canonical);
            variants.add(sorted(tokens, Transliterations::withoutArticle));
            variants.add(sorted(normalisedTokens, Transliterations::crossLanguage));
            variants.add(sorted(normalisedTokens, Transliterations::skeleton));
            variants.add(sorted(tokens, token -> Transliterations.skeleton(Transliterations.withoutArticle(token))));
        }
        return new NameKeys(String.join(" ", normalisedTokens), tokens, canonical, variants, PhoneticKeys.of(normalisedTokens));
    }

    private static String sorted(List<String> tokens, UnaryOperator<String> key) {
        List<String> keys = new ArrayList<>();
        for (String token : tokens) {
            keys.add(key.apply(token));
        }
        keys.sort(null);
        return String.join(" ", keys);
    }
}
