package dev.keel.psl.format;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The camel-casing and English pluralisation Prisma uses to name the relation fields it adds (the {@code cruet}
 * crate's {@code to_camel_case} and {@code to_plural}): {@code Category} becomes {@code categories},
 * {@code HTTPRequest} {@code httprequests}, {@code Person} {@code people}.
 */
final class Inflector {
    private Inflector() {
    }

    /** Rules are tried last to first; the first that matches wins: group 1 plus the replacement. */
    private static final List<Map.Entry<Pattern, String>> RULES = List.of(
            rule("(\\w*)s$", "s"),
            rule("(\\w*([^aeiou]ese))$", ""),
            rule("(\\w*(ax|test))is$", "es"),
            rule("(\\w*(alias|[^aou]us|tlas|gas|ris))$", "es"),
            rule("(\\w*(e[mn]u))s?$", "s"),
            rule("(\\w*([^l]ias|[aeiou]las|[emjzr]as|[iu]am))$", ""),
            rule("(\\w*(alumn|syllab|octop|vir|radi|nucle|fung|cact|stimul|termin|bacill|foc|uter|loc|strat))"
                    + "(?:us|i)$", "i"),
            rule("(\\w*(alumn|alg|vertebr))(?:a|ae)$", "ae"),
            rule("(\\w*(seraph|cherub))(?:im)?$", "im"),
            rule("(\\w*(her|at|gr))o$", "oes"),
            rule("(\\w*(agend|addend|millenni|dat|extrem|bacteri|desiderat|strat|candelabr|errat|ov|symposi|curricul"
                    + "|automat|quor))(?:a|um)$", "a"),
            rule("(\\w*(apheli|hyperbat|periheli|asyndet|noumen|phenomen|criteri|organ|prolegomen|hedr|automat))"
                    + "(?:a|on)$", "a"),
            rule("(\\w*)sis$", "ses"),
            rule("(\\w*(kni|wi|li))fe$", "ves"),
            rule("(\\w*(ar|l|ea|eo|oa|hoo))f$", "ves"),
            rule("(\\w*([^aeiouy]|qu))y$", "ies"),
            rule("(\\w*([^ch][ieo][ln]))ey$", "ies"),
            rule("(\\w*(x|ch|ss|sh|zz)es)$", ""),
            rule("(\\w*(x|ch|ss|sh|zz))$", "es"),
            rule("(\\w*(matr|cod|mur|sil|vert|ind|append))(?:ix|ex)$", "ices"),
            rule("(\\w*(m|l))(?:ice|ouse)$", "ice"),
            rule("(\\w*(pe))(?:rson|ople)$", "ople"),
            rule("(\\w*(child))(?:ren)?$", "ren"),
            rule("(\\w*eaux)$", ""));

    private static final Map<String, String> SPECIAL = Map.of(
            "ox", "oxen", "man", "men", "woman", "women", "die", "dice", "yes", "yeses", "foot", "feet",
            "eave", "eaves", "goose", "geese", "tooth", "teeth", "quiz", "quizzes");

    private static final Set<String> UNCOUNTABLE = Set.of(
            "accommodation", "adulthood", "advertising", "advice", "aggression", "aid", "air", "aircraft", "alcohol",
            "anger", "applause", "arithmetic", "assistance", "athletics", "bacon", "baggage", "beef", "biology",
            "blood", "botany", "bread", "butter", "carbon", "cardboard", "cash", "chalk", "chaos", "chess",
            "crossroads", "countryside", "dancing", "deer", "dignity", "dirt", "dust", "economics", "education",
            "electricity", "engineering", "enjoyment", "envy", "equipment", "ethics", "evidence", "evolution", "fame",
            "fiction", "flour", "flu", "food", "fuel", "fun", "furniture", "gallows", "garbage", "garlic", "genetics",
            "gold", "golf", "gossip", "grammar", "gratitude", "grief", "guilt", "gymnastics", "happiness", "hardware",
            "harm", "hate", "hatred", "health", "heat", "help", "homework", "honesty", "honey", "hospitality",
            "housework", "humour", "hunger", "hydrogen", "ice", "importance", "inflation", "information", "innocence",
            "iron", "irony", "jam", "jewelry", "judo", "karate", "knowledge", "lack", "laughter", "lava", "leather",
            "leisure", "lightning", "linguine", "linguini", "linguistics", "literature", "litter", "livestock",
            "logic", "loneliness", "luck", "luggage", "macaroni", "machinery", "magic", "management", "mankind",
            "marble", "mathematics", "mayonnaise", "measles", "methane", "milk", "money", "mud", "music", "mumps",
            "nature", "news", "nitrogen", "nonsense", "nurture", "nutrition", "obedience", "obesity", "oxygen",
            "pasta", "patience", "physics", "poetry", "pollution", "poverty", "pride", "psychology", "publicity",
            "punctuation", "quartz", "racism", "relaxation", "reliability", "research", "respect", "revenge", "rice",
            "rubbish", "rum", "safety", "scenery", "seafood", "seaside", "series", "shame", "sheep", "shopping",
            "sleep", "smoke", "smoking", "snow", "soap", "software", "soil", "spaghetti", "species", "steam", "stuff",
            "stupidity", "sunshine", "symmetry", "tennis", "thirst", "thunder", "timber", "traffic",
            "transportation", "trust", "underwear", "unemployment", "unity", "validity", "veal", "vegetation",
            "vegetarianism", "vengeance", "violence", "vitality", "warmth", "wealth", "weather", "welfare", "wheat",
            "wildlife", "wisdom", "yoga", "zinc", "zoology");

    private static Map.Entry<Pattern, String> rule(String regex, String replacement) {
        return Map.entry(Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS), replacement);
    }

    static String plural(String word) {
        int sep = Math.max(word.lastIndexOf('-'), word.lastIndexOf('_'));
        if (sep >= 0) {
            String last = word.substring(sep + 1);
            return last.isEmpty() ? word : word.substring(0, sep + 1) + plural(last);
        }
        if (UNCOUNTABLE.contains(word)) {
            return word;
        }
        String special = SPECIAL.get(word);
        if (special != null) {
            return special;
        }
        for (int i = RULES.size() - 1; i >= 0; i--) {
            Matcher m = RULES.get(i).getKey().matcher(word);
            if (m.find() && m.group(1) != null) {
                return m.group(1) + RULES.get(i).getValue();
            }
        }
        return word + "s";
    }

    /** cruet's camelCase: words split at non-alphanumerics, digits and lower-to-upper changes; the first lowered. */
    static String camelCase(String s) {
        int end = s.length();
        while (end > 0 && !Character.isLetterOrDigit(s.charAt(end - 1))) {
            end--;
        }
        boolean newWord = false;
        char lastChar = ' ';
        boolean foundRealChar = false;
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            boolean alnum = Character.isLetterOrDigit(c);
            if (!alnum && foundRealChar) {
                newWord = true;
            } else if (!foundRealChar && !alnum) {
                continue;
            } else if (Character.isDigit(c)) {
                foundRealChar = true;
                newWord = true;
                result.append(c);
            } else if (newWord || (Character.isLowerCase(lastChar) && Character.isUpperCase(c) && lastChar != ' ')) {
                foundRealChar = true;
                newWord = false;
                result.append(asciiUpper(c));
            } else {
                foundRealChar = true;
                lastChar = c;
                result.append(asciiLower(c));
            }
        }
        return result.toString();
    }

    /** Prisma's own helper for inferred scalar names: only the first character is lowered. */
    static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + s.substring(1);
    }

    static String upperFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }

    private static char asciiUpper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
