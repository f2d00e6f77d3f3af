package com.hipcheck.local.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The template syntax, as a table: what each template expands to, in order, and what each mistake is called. */
class TemplateTest {
    /** The sets the table's templates may use. */
    private static final String SETS = """
            @lead = (okay|yeah)
            @im = (i'm|i am)
            @opener = (@lead|so)
            """;

    static Stream<Arguments> expansions() {
        return Stream.of(
                arguments("words stay as they are", "i'm ready", List.of("i'm ready")),
                arguments("alternatives, in order", "(run|start) the test", List.of("run the test", "start the test")),
                arguments("three alternatives", "let me (check|look|feel)",
                        List.of("let me check", "let me look", "let me feel")),
                arguments("an optional part, left out first", "[i'm] ready", List.of("ready", "i'm ready")),
                arguments("an optional choice", "my [lower|low] back", List.of("my back", "my lower back", "my low back")),
                arguments("an empty alternative, where it is written", "(a|) {length} hold",
                        List.of("a {length} hold", "{length} hold")),
                arguments("inside a word", "hip flexor[s]", List.of("hip flexor", "hip flexors")),
                arguments("the first part varies slowest", "(a|b) (c|d)", List.of("a c", "a d", "b c", "b d")),
                arguments("nesting", "(i'm (ready|set)|go [ahead])", List.of("i'm ready", "i'm set", "go", "go ahead")),
                arguments("slots stay as they are", "my {where} (hurts|aches)",
                        List.of("my {where} hurts", "my {where} aches")),
                arguments("a set", "[@lead] i'm ready", List.of("i'm ready", "okay i'm ready", "yeah i'm ready")),
                arguments("a set in a word's place", "@im ready", List.of("i'm ready", "i am ready")),
                arguments("a set that uses a set", "@opener go", List.of("okay go", "yeah go", "so go")),
                arguments("spaces made one, ends trimmed", "  so   [um]  ready ", List.of("so ready", "so um ready")),
                arguments("repeats kept for the caller", "(ready|ready)", List.of("ready", "ready")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("expansions")
    void expandsInOrder(String what, String template, List<String> phrases) throws Exception {
        assertEquals(phrases, Template.parse(template).expand(sets()));
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                arguments("(run|start the test", "column 1: '(' is never closed"),
                arguments("[i'm ready", "column 1: '[' is never closed"),
                arguments("run) the test", "column 4: ')' closes nothing"),
                arguments("i'm ready]", "column 10: ']' closes nothing"),
                arguments("(run] the test", "column 5: '(' at column 1 is closed by ']'"),
                arguments("run|start", "column 4: '|' outside ( ) or [ ]"),
                arguments("my {where hurts", "column 4: a slot is {name}, its name letters only"),
                arguments("my {wh3re} hurts", "column 4: a slot is {name}, its name letters only"),
                arguments("my {} hurts", "column 4: a slot is {name}, its name letters only"),
                arguments("so } ready", "column 4: '}' closes nothing"),
                arguments("@ ready", "column 1: '@' needs a set name, such as @lead"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aMistakeIsNamedWithItsColumn(String template, String message) {
        TemplateException e = assertThrows(TemplateException.class, () -> Template.parse(template));
        assertEquals(message, e.getMessage());
    }

    static Stream<Arguments> expansionMistakes() {
        return Stream.of(
                arguments("@nope ready", "@nope is not a set (sets are defined in sets.txt)"),
                arguments("@loop", "the set @loop uses itself: @loop -> @round -> @loop"),
                arguments("(a|b|c|d|e|f|g|h|i|j) (a|b|c|d|e|f|g|h|i|j) (a|b|c|d|e|f|g|h|i|j) (a|b|c|d|e|f|g|h|i|j)"
                        + " (a|b|c|d|e|f|g|h|i|j)", "expands to more than 10000 phrases"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("expansionMistakes")
    void aTemplateThatCannotBeExpandedSaysWhy(String template, String message) throws Exception {
        Problems problems = new Problems();
        PhraseSets sets = PhraseSets.read(lines("en/sets.txt", SETS + "@loop = [x] @round\n@round = @loop\n"),
                problems);
        assertTrue(problems.isEmpty(), problems.messages().toString());
        Template parsed = Template.parse(template);

        TemplateException e = assertThrows(TemplateException.class, () -> parsed.expand(sets));

        assertEquals(message, e.getMessage());
    }

    static Stream<Arguments> setMistakes() {
        return Stream.of(
                arguments("lead = (okay|yeah)",
                        "en/sets.txt:1 \"lead = (okay|yeah)\": a set is defined as @name = template,"
                                + " or extended as @name += template"),
                arguments("@lead = (okay|yeah)\n@lead = so",
                        "en/sets.txt:2 \"@lead = so\": @lead is already defined at en/sets.txt:1 (use += to add to it)"),
                arguments("@lead += so",
                        "en/sets.txt:1 \"@lead += so\": @lead += extends a set, but @lead is not defined before it"),
                arguments("@lead = (okay|yeah", "en/sets.txt:1 \"@lead = (okay|yeah\": column 1: '(' is never closed"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("setMistakes")
    void aSetDefinitionMistakeNamesItsLine(String file, String message) {
        Problems problems = new Problems();

        PhraseSets.read(lines("en/sets.txt", file), problems);

        assertEquals(List.of(message), problems.messages());
    }

    @Test
    void anOverlayExtendsASetAfterItsSharedPhrases() throws Exception {
        Problems problems = new Problems();
        List<SourceLine> both = new ArrayList<>(lines("en/sets.txt", "@lead = (okay|yeah)"));
        both.addAll(lines("en-GB/sets.txt", "@lead += (right|cheers)"));

        PhraseSets sets = PhraseSets.read(both, problems);

        assertTrue(problems.isEmpty(), problems.messages().toString());
        assertEquals(List.of("okay", "yeah", "right", "cheers"), sets.expand("lead"));
    }

    private static PhraseSets sets() {
        Problems problems = new Problems();
        PhraseSets sets = PhraseSets.read(lines("en/sets.txt", SETS), problems);
        assertTrue(problems.isEmpty(), problems.messages().toString());
        return sets;
    }

    /** Returns {@code text} as the source lines of {@code file}, as SourceFiles would read them. */
    static List<SourceLine> lines(String file, String text) {
        List<String> raw = text.lines().toList();
        List<SourceLine> lines = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            SourceLine line = SourceLine.of(file, i + 1, raw.get(i));
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }
}
