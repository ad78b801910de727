package be.stroomplan.subjects;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Entity resolution as pure functions: blocking keys, pairwise scores with the features that
 * produced them, and the thresholds for {@link MatchLevel#MATCH} and {@link MatchLevel#POSSIBLE}.
 * The register runs it on candidates read from the database; the quality test runs it on a whole
 * synthetic population in memory. See docs/MATCHING.md.
 * <p>
 * <b>Score.</b> Records of different types never match. An equal national number, enterprise
 * number, VIN or IMO number is decisive (0.99). Otherwise the score of two persons is 0.6 times
 * the name similarity ({@link Names#similarity}) plus 0.4 times the birth-date agreement (exact 1,
 * day and month swapped 0.9, one day apart 0.85, year off by one 0.8, unknown 0.5, different 0);
 * of two other subjects (no birth date) 0.75 times the name similarity; plus 0.2
 * for each further equal identifier (IBAN, phone, e-mail, plate, container; at most two count) and
 * 0.05 for an equal address, minus 0.1 when both have bank accounts and none is shared; between 0 and 1. Two different national numbers (or enterprise numbers)
 * cap the score at 0.3: two records with different numbers are two entities.
 */
public final class SubjectMatcher {

    /** A score from which two records are taken for the same entity. */
    public static final double MATCH_THRESHOLD = 0.85;
    /** A score from which a pair is proposed for a person to decide. */
    public static final double POSSIBLE_THRESHOLD = 0.70;
    /** Blocks larger than this (a very common key) are left out of the in-memory resolution. */
    static final int MAX_BLOCK = 300;

    private static final Map<IdentifierType, MatchReason> DECISIVE = Map.of(
            IdentifierType.NATIONAL_NUMBER, MatchReason.SAME_NATIONAL_NUMBER,
            IdentifierType.ENTERPRISE_NUMBER, MatchReason.SAME_ENTERPRISE_NUMBER,
            IdentifierType.VIN, MatchReason.SAME_VIN,
            IdentifierType.IMO, MatchReason.SAME_IMO);
    private static final Map<IdentifierType, MatchReason> STRONG = Map.of(
            IdentifierType.IBAN, MatchReason.SAME_IBAN,
            IdentifierType.PHONE, MatchReason.SAME_PHONE,
            IdentifierType.EMAIL, MatchReason.SAME_EMAIL,
            IdentifierType.PLATE, MatchReason.SAME_PLATE,
            IdentifierType.CONTAINER, MatchReason.SAME_CONTAINER);

    private SubjectMatcher() {
    }

    /** A scored pair: the score from 0 to 1, its level (empty below the proposal threshold) and its reasons. */
    public record Scored(UUID a, UUID b, double score, Optional<MatchLevel> level, List<MatchReason> reasons) {

        public Scored {
            reasons = List.copyOf(reasons);
        }
    }

    /** The score of two records. */
    public static Scored score(MatchProfile a, MatchProfile b) {
        List<MatchReason> reasons = new ArrayList<>();
        if (a.type() != b.type()) {
            return new Scored(a.id(), b.id(), 0, Optional.empty(), List.of());
        }
        for (Map.Entry<IdentifierType, MatchReason> decisive : DECISIVE.entrySet()) {
            if (!Collections.disjoint(a.identifiers(decisive.getKey()), b.identifiers(decisive.getKey()))) {
                reasons.add(decisive.getValue());
            }
        }
        double name = Names.similarity(a.name(), b.name());
        if (a.name().canonical().equals(b.name().canonical()) && !a.name().isEmpty()) {
            reasons.add(a.name().normalised().equals(b.name().normalised()) ? MatchReason.SAME_NAME : MatchReason.NAME_VARIANT);
        } else if (a.name().sharesVariantWith(b.name())) {
            reasons.add(MatchReason.NAME_VARIANT);
        } else if (name >= 0.8) {
            reasons.add(MatchReason.SIMILAR_NAME);
        }
        if (!reasons.isEmpty() && DECISIVE.containsValue(reasons.get(0))) {
            return level(a, b, 0.99, reasons);
        }
        double score = a.type() == SubjectType.PERSON
                ? 0.6 * name + 0.4 * birthAgreement(a.birthDate(), b.birthDate(), reasons)
                : 0.75 * name;
        int strong = 0;
        for (Map.Entry<IdentifierType, MatchReason> entry : STRONG.entrySet()) {
            if (!Collections.disjoint(a.identifiers(entry.getKey()), b.identifiers(entry.getKey()))) {
                reasons.add(entry.getValue());
                strong++;
            }
        }
        score += 0.2 * Math.min(2, strong);
        if (!Collections.disjoint(a.addresses(), b.addresses())) {
            reasons.add(MatchReason.SAME_ADDRESS);
            score += 0.05;
        }
        if (conflict(a, b, IdentifierType.IBAN)) {
            reasons.add(MatchReason.DIFFERENT_IBAN);
            score -= 0.1;
        }
        score = Math.max(0.0, Math.min(1.0, score));
        if (conflict(a, b, IdentifierType.NATIONAL_NUMBER)) {
            reasons.add(MatchReason.DIFFERENT_NATIONAL_NUMBER);
            score = Math.min(score, 0.3);
        }
        if (conflict(a, b, IdentifierType.ENTERPRISE_NUMBER)) {
            reasons.add(MatchReason.DIFFERENT_ENTERPRISE_NUMBER);
            score = Math.min(score, 0.3);
        }
        return level(a, b, score, reasons);
    }

    private static Scored level(MatchProfile a, MatchProfile b, double score, List<MatchReason> reasons) {
        double rounded = Math.round(score * 1000) / 1000.0;
        Optional<MatchLevel> level = rounded >= MATCH_THRESHOLD ? Optional.of(MatchLevel.MATCH)
                : rounded >= POSSIBLE_THRESHOLD ? Optional.of(MatchLevel.POSSIBLE) : Optional.empty();
        return new Scored(a.id(), b.id(), rounded, level, reasons);
    }

    private static boolean conflict(MatchProfile a, MatchProfile b, IdentifierType type) {
        Set<String> left = a.identifiers(type);
        Set<String> right = b.identifiers(type);
        return !left.isEmpty() && !right.isEmpty() && Collections.disjoint(left, right);
    }

    private static double birthAgreement(LocalDate a, LocalDate b, List<MatchReason> reasons) {
        if (a == null || b == null) {
            return 0.5;
        }
        if (a.equals(b)) {
            reasons.add(MatchReason.SAME_BIRTH_DATE);
            return 1.0;
        }
        if (a.getYear() == b.getYear() && a.getDayOfMonth() == b.getMonthValue() && a.getMonthValue() == b.getDayOfMonth()) {
            reasons.add(MatchReason.BIRTH_DAY_MONTH_SWAPPED);
            return 0.9;
        }
        if (Math.abs(a.toEpochDay() - b.toEpochDay()) == 1) {
            reasons.add(MatchReason.BIRTH_DATE_CLOSE);
            return 0.85;
        }
        if (Math.abs(a.getYear() - b.getYear()) == 1 && a.getMonthValue() == b.getMonthValue()
                && a.getDayOfMonth() == b.getDayOfMonth()) {
            reasons.add(MatchReason.BIRTH_YEAR_OFF_BY_ONE);
            return 0.8;
        }
        reasons.add(MatchReason.DIFFERENT_BIRTH_DATE);
        return 0.0;
    }

    /**
     * The blocking keys of a record: its identifier keys, its canonical and variant name keys, and
     * its phonetic keys (whole name, and each token) with the birth year. Two records are compared
     * only when they share a key.
     */
    public static Set<String> blockingKeys(MatchProfile profile) {
        Set<String> keys = new LinkedHashSet<>();
        String kind = profile.type().name() + "|";
        profile.identifiers().forEach((type, values) -> values.forEach(value -> keys.add("I|" + type + "|" + value)));
        profile.addresses().forEach(address -> keys.add(kind + "A|" + address));
        if (!profile.name().isEmpty()) {
            keys.add(kind + "N|" + profile.name().canonical());
            profile.name().variants().forEach(variant -> keys.add(kind + "V|" + variant));
            String year = profile.birthDate() == null ? "" : Integer.toString(profile.birthDate().getYear());
            profile.name().phonetic().forEach(phonetic -> keys.add(kind + "P|" + phonetic + "|" + year));
            if (profile.birthDate() != null) {
                DoubleMetaphone metaphone = new DoubleMetaphone();
                for (String token : profile.name().tokens()) {
                    String code = metaphone.doubleMetaphone(token);
                    if (code != null && !code.isEmpty()) {
                        keys.add(kind + "T|" + code + "|" + year);
                    }
                }
            }
        }
        return keys;
    }

    /**
     * Resolves a whole set of records in memory: every pair that shares a blocking key (blocks of
     * at most {@value #MAX_BLOCK} records) is scored once; returns the pairs at or above the
     * proposal threshold.
     */
    public static List<Scored> resolve(Collection<MatchProfile> profiles) {
        Map<String, List<MatchProfile>> blocks = new HashMap<>();
        for (MatchProfile profile : profiles) {
            for (String key : blockingKeys(profile)) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(profile);
            }
        }
        Set<Pair> seen = new java.util.HashSet<>();
        List<Scored> result = new ArrayList<>();
        for (List<MatchProfile> block : blocks.values()) {
            if (block.size() < 2 || block.size() > MAX_BLOCK) {
                continue;
            }
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    MatchProfile a = block.get(i);
                    MatchProfile b = block.get(j);
                    if (a.id().equals(b.id()) || !seen.add(Pair.of(a.id(), b.id()))) {
                        continue;
                    }
                    Scored scored = score(a, b);
                    if (scored.level().isPresent()) {
                        result.add(scored);
                    }
                }
            }
        }
        return result;
    }

    private record Pair(UUID a, UUID b) {
        static Pair of(UUID x, UUID y) {
            return x.compareTo(y) < 0 ? new Pair(x, y) : new Pair(y, x);
        }
    }
}
