package be.stroomplan.subjects.names;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Transliteration variants of Arabic, Berber, Turkish and Albanian names as they are written in
 * Belgian records, in three strengths:
 * <ul>
 * <li>{@link #canonical}: the spellings of one name (Mohamed, Mohammed, Muhammad, Mehmet; Youssef,
 * Yusuf) and the spelling habits of French, Dutch, English and Turkish transliteration (ou/u, oe/u,
 * w/u, y/i, ij/i, ph/f, q/k, ck/k, dj/j, xh/j, sh/kh/ch, ae/a, a final h after a vowel, double
 * letters) fold to one key;</li>
 * <li>{@link #crossLanguage}: the same name in another tradition (Youssef/Joseph, Ibrahim/Abraham,
 * Maryam/Maria) shares a key;</li>
 * <li>{@link #skeleton}: the first letter and the consonants, which forgives the e/i and o/u vowel
 * variants and dropped vowels (Fatima/Fatma), for blocking only.</li>
 * </ul>
 * Diacritics are gone before these run (Folding): Turkish ş, ç, ğ, ı, ö, ü and Albanian ë, ç fold
 * to s, c, g, i, o, u, e, c.
 */
public final class Transliterations {

    /** Spellings of one name; the first is the canonical one. */
    private static final List<List<String>> SAME_NAME = List.of(
            List.of("mohamed", "mohammed", "muhammad", "mohammad", "muhammed", "mohamad", "mohammet", "mehmet", "mehmed",
                    "mohamet", "mouhamed", "mouhammad", "muhamed", "mhamed", "mohand", "mohammedi", "mahmed"),
            List.of("ahmed", "ahmad", "ahmet", "achmed", "achmet", "ahmat"),
            List.of("mustafa", "moustafa", "mostafa", "mustapha", "moustapha", "mostapha", "mustefa"),
            List.of("hassan", "hasan", "hacen", "hassane"),
            List.of("hussein", "husein", "hussain", "husain", "houssein", "huseyin", "husseyn", "houcine", "hocine"),
            List.of("abdelkader", "abdulkadir", "abdelkadir", "abdulkader", "abdelkadr", "abdelqader"),
            List.of("abdellah", "abdallah", "abdullah", "abdulla", "abdella", "abdelah"),
            List.of("abderrahman", "abdurrahman", "abdelrahman", "abdulrahman", "abderahmane", "abderrahmane", "abdurahman"),
            List.of("abderrahim", "abdurrahim", "abdelrahim", "abderahim", "abdulrahim"),
            List.of("youssef", "yusuf", "yousef", "youssouf", "yussuf", "yousif", "yusef", "jusuf", "youcef", "yossef", "yousouf"),
            List.of("ibrahim", "ebrahim", "brahim", "ibrahima", "ibrahem", "ibraim"),
            List.of("ismail", "ismael", "smail", "esmail", "ismayil"),
            List.of("khalid", "khaled", "halit", "chalid", "halid", "khalit"),
            List.of("omar", "umar", "omer", "oumar"),
            List.of("othman", "othmane", "osman", "uthman", "otman", "outhmane", "usman"),
            List.of("rachid", "rashid", "rasit", "rachied", "rashed", "rechid"),
            List.of("said", "saeed", "sait", "saaid"),
            List.of("yassine", "yasin", "yassin", "yacine", "yasine"),
            List.of("soufiane", "sofiane", "sufyan", "sofian", "soufian", "sufian"),
            List.of("noureddine", "nourdine", "nureddin", "nurettin", "nourredine", "noredine", "nordin", "noureddin"),
            List.of("zakaria", "zakariya", "zakariae", "zakarya", "zekeriya", "zakariyya", "zakariaa"),
            List.of("driss", "idris", "idriss", "dris"),
            List.of("ilyas", "ilias", "ilyes", "iliass", "ilyass"),
            List.of("younes", "younesse", "yunus", "younis", "younous", "younus"),
            List.of("karim", "kerim", "kareem"),
            List.of("jamal", "djamal", "cemal", "jamel", "gamal", "xhemal", "dzemal"),
            List.of("suleyman", "soulaimane", "sulaiman", "slimane", "souleymane", "sulejman", "suleiman", "soleiman"),
            List.of("ramadan", "ramazan", "ramadane", "ramdane"),
            List.of("redouane", "ridwan", "redwan", "radouane", "rıdvan", "ridvan"),
            List.of("cherif", "sherif", "serif", "charif"),
            List.of("fatima", "fatma", "fatimah", "fatime", "fadma", "fatiha"),
            List.of("aicha", "aisha", "ayse", "aysha", "aischa", "ayesha", "aixha"),
            List.of("khadija", "khadidja", "hatice", "kadija", "khadiya", "hadija", "hatixhe", "khadidja"),
            List.of("zineb", "zeynep", "zaynab", "zainab", "zeineb", "zinab", "zejneb"),
            List.of("maryam", "meryem", "mariam", "meriem", "meryam"),
            List.of("amina", "emine", "aminah", "amine", "aminata"),
            List.of("naima", "naeema", "naime", "nayma"),
            List.of("hicham", "hisham", "hisam", "hichem"),
            List.of("abdelaziz", "abdulaziz", "abdelazize"),
            List.of("nabil", "nabiel", "nebil"),
            List.of("salim", "selim", "saleem"),
            List.of("yahya", "yahia", "yehya"),
            List.of("yacoub", "yakub", "yakup", "yaqub", "jakup"),
            List.of("daoud", "dawud", "davut", "daud"),
            List.of("moussa", "musa", "mousa"),
            List.of("ayoub", "eyup", "ayub", "ejup"),
            List.of("haroun", "harun", "haroune"),
            List.of("recep", "rajab", "redjeb", "rexhep"),
            List.of("xhevdet", "cevdet", "dzevdet", "djevdet"));

    /** The same name in other traditions (Arabic, Turkish, Dutch, French, English): keys of the first. */
    private static final List<List<String>> OTHER_LANGUAGES = List.of(
            List.of("youssef", "joseph", "jozef", "josef", "jose", "giuseppe", "yosef", "jef"),
            List.of("ibrahim", "abraham", "abram"),
            List.of("ilyas", "elias", "elie", "elia"),
            List.of("younes", "jonas", "jona", "yonas"),
            List.of("suleyman", "salomon", "solomon"),
            List.of("moussa", "mozes", "moses", "moise", "mose"),
            List.of("maryam", "maria", "marie", "miriam", "mia"),
            List.of("daoud", "david", "davide"),
            List.of("yacoub", "jacob", "jakob", "jacques", "jakub", "jacobus"),
            List.of("ayoub", "job"),
            List.of("haroun", "aaron", "aron"),
            List.of("issa", "isa", "jezus", "jesus"),
            List.of("hawa", "havva", "eva", "eve"));

    private static final Map<String, String> CANONICAL = new HashMap<>();
    private static final Map<String, String> CROSS = new HashMap<>();

    static {
        for (List<String> spellings : SAME_NAME) {
            String canonical = spellings.get(0);
            for (String spelling : spellings) {
                CANONICAL.put(Folding.fold(spelling), canonical);
            }
        }
        for (List<String> names : OTHER_LANGUAGES) {
            String key = names.get(0);
            for (String name : names) {
                CROSS.put(CANONICAL.getOrDefault(name, name), key);
            }
        }
    }

    private Transliterations() {
    }

    /** The canonical spelling of one token: ‘Muhammad’ → ‘mohamed’, ‘Ouchane’ → ‘uchan’, ‘Khadija’ → ‘chadija’. */
    public static String canonical(String token) {
        String known = CANONICAL.get(token);
        return fold(known != null ? known : token);
    }

    /** The key of a token shared by the same name in other languages, or its canonical form. */
    public static String crossLanguage(String token) {
        String known = CANONICAL.getOrDefault(token, token);
        String cross = CROSS.get(known);
        return fold(cross != null ? cross : known);
    }

    /** The first letter and the consonants of the canonical form: ‘youssef’ → ‘isf’, ‘fatma’ → ‘ftm’. */
    public static String skeleton(String token) {
        String canonical = canonical(token);
        if (canonical.isEmpty()) {
            return canonical;
        }
        StringBuilder skeleton = new StringBuilder().append(canonical.charAt(0));
        for (int i = 1; i < canonical.length(); i++) {
            char c = canonical.charAt(i);
            if ("aeiou".indexOf(c) < 0 && c != skeleton.charAt(skeleton.length() - 1)) {
                skeleton.append(c);
            }
        }
        return skeleton.toString();
    }

    /** The token without a joined Arabic article: ‘elamrani’ → ‘amrani’. */
    public static String withoutArticle(String token) {
        if (token.startsWith("el") && token.length() > 4 && !CANONICAL.containsKey(token)) {
            return token.substring(2);
        }
        return token;
    }

    /** The spelling rules, applied in order to a folded token. */
    static String fold(String token) {
        String s = token;
        s = s.replace("ph", "f").replace("q", "k").replace("ck", "k").replace("dj", "j").replace("xh", "j");
        s = s.replace("sh", "ch").replace("kh", "ch");
        s = s.replace("ou", "u").replace("oe", "u").replace("w", "u");
        s = s.replace("ij", "i").replace("y", "i").replace("ae", "a");
        if (s.length() > 3 && s.endsWith("h") && "aeiou".indexOf(s.charAt(s.length() - 2)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        StringBuilder single = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                single.append(s.charAt(i));
            }
        }
        return single.toString();
    }
}
