package org.edubalance.core.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the one-language tests look for in a page, report, workbook or CLI text (shared through core's test jar by
 * report, app and cli): in Chinese output an English sentence, in English output Chinese that is not a name.
 */
public final class OneLanguage {
    /** Three or more English words in a row; a word is a lower-case run, so ids (with _ or digits) and codes break it. */
    private static final Pattern ENGLISH_SENTENCE =
            Pattern.compile("(?<![\\w])[A-Za-z][a-z]+(?:[\\s,;:'’()/-]+[A-Za-z][a-z]+){2,}(?![\\w])");

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}+");

    private OneLanguage() {}

    /** Every run of three or more English words in {@code text}. */
    public static List<String> englishSentences(String text) {
        return found(ENGLISH_SENTENCE, text);
    }

    /** The Chinese left in {@code text} once {@code names} (places, schools, …) are taken out, longest names first. */
    public static List<String> chineseBeyond(String text, Collection<String> names) {
        String rest = text;
        for (String name : names.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList()) {
            rest = rest.replace(name, "");
        }
        return found(CHINESE, rest);
    }

    private static List<String> found(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
