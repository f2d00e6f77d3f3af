package com.hipcheck.local;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Reads an {@code AMAZON.NUMBER} the way Alexa hears one: digits ("25") or English number words
 * ("twenty five", "a hundred and five"), up to the thousands. Alexa sends the slot as digits.
 */
final class Numbers {
    private static final Map<String, Integer> UNITS = Map.of("zero", 0, "one", 1, "two", 2, "three", 3,
            "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9);
    private static final Map<String, Integer> TEENS = Map.of("ten", 10, "eleven", 11, "twelve", 12,
            "thirteen", 13, "fourteen", 14, "fifteen", 15, "sixteen", 16, "seventeen", 17, "eighteen", 18,
            "nineteen", 19);
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40,
            "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final int MAX_DIGITS = 9;

    /** What the previous word was, which decides what may follow it ("twenty five", not "five twenty"). */
    private enum Last { START, UNIT, TEEN, TENS, HUNDRED, THOUSAND, AND }

    private Numbers() {}

    /** Returns the number that all of {@code words} spell, or empty when they are not exactly one number. */
    static OptionalLong parse(List<String> words) {
        if (words.size() == 1 && isDigits(words.get(0))) {
            return OptionalLong.of(Long.parseLong(words.get(0)));
        }
        long total = 0;
        long group = 0;
        Last last = Last.START;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean scaleNext = i + 1 < words.size()
                    && (words.get(i + 1).equals("hundred") || words.get(i + 1).equals("thousand"));
            if (w.equals("a") && i == 0 && scaleNext) {
                group = 1;
                last = Last.UNIT;
            } else if (UNITS.containsKey(w) && (last == Last.START || last == Last.TENS || last == Last.HUNDRED
                    || last == Last.THOUSAND || last == Last.AND) && !(w.equals("zero") && words.size() > 1)) {
                group += UNITS.get(w);
                last = Last.UNIT;
            } else if ((TEENS.containsKey(w) || TENS.containsKey(w)) && (last == Last.START
                    || last == Last.HUNDRED || last == Last.THOUSAND || last == Last.AND)) {
                group += TEENS.containsKey(w) ? TEENS.get(w) : TENS.get(w);
                last = TEENS.containsKey(w) ? Last.TEEN : Last.TENS;
            } else if (w.equals("hundred") && (last == Last.UNIT || last == Last.TEEN) && group < 100) {
                group *= 100;
                last = Last.HUNDRED;
            } else if (w.equals("thousand") && last != Last.START && last != Last.AND && last != Last.THOUSAND
                    && total == 0) {
                total = group * 1000;
                group = 0;
                last = Last.THOUSAND;
            } else if (w.equals("and") && (last == Last.HUNDRED || last == Last.THOUSAND)) {
                last = Last.AND;
            } else {
                return OptionalLong.empty();
            }
        }
        return last == Last.START || last == Last.AND ? OptionalLong.empty() : OptionalLong.of(total + group);
    }

    private static boolean isDigits(String w) {
        return !w.isEmpty() && w.length() <= MAX_DIGITS && w.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
