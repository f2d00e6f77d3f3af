package com.hipcheck.alexa;

import com.amazon.ask.model.interfaces.alexa.presentation.apl.RenderDocumentDirective;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hipcheck.dialog.Screen;
import com.hipcheck.domain.Outcome;
import com.hipcheck.domain.Side;
import com.hipcheck.narration.Label;
import com.hipcheck.narration.Labels;
import com.hipcheck.narration.Msg;
import com.hipcheck.narration.Narration;
import com.hipcheck.narration.Part;
import com.hipcheck.narration.Phrasebook;
import com.hipcheck.narration.SpeechTiming;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a {@link Screen} into the {@code Alexa.Presentation.APL.RenderDocument} directive that
 * shows it: the document from its file, sent inline, and the datasource {@code screen} filled in
 * with the phrasebooks' words. The fields are those of {@code skill-package/response/display/README.md}.
 * Loaded only for a device with a screen.
 */
final class ScreenRenderer {
    /** The token of every document Hip Check renders; a touch's request carries it back. */
    static final String TOKEN = "hipcheck";

    /**
     * The documents read so far, by name: each is read when a screen first needs it, so an Echo
     * Show's first response parses the one it shows (16 kB for the welcome's), not all five (78 kB).
     * SnapStart priming shows every one before the snapshot.
     */
    private static final Map<String, Map<String, Object>> DOCUMENTS = new ConcurrentHashMap<>();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Phrasebook phrasebook;
    private final Labels labels;

    ScreenRenderer(Phrasebook phrasebook, Labels labels) {
        this.phrasebook = phrasebook;
        this.labels = labels;
    }

    /** Returns the directive that shows {@code screen}. */
    RenderDocumentDirective directive(Screen screen) {
        return RenderDocumentDirective.builder()
                .withToken(TOKEN)
                .withDocument(document(documentOf(screen)))
                .withDatasources(Map.of("screen", datasource(screen)))
                .build();
    }

    /** Returns the name of the document that shows {@code screen}. */
    static String documentOf(Screen screen) {
        if (screen instanceof Screen.Result) {
            return "result";
        }
        if (screen instanceof Screen.Steps) {
            return "stretch";
        }
        if (screen instanceof Screen.Progress) {
            return "progress";
        }
        return screen instanceof Screen.Countdown ? "hold" : "prompt";
    }

    /** Returns the datasource object {@code screen} of one screen. */
    Map<String, Object> datasource(Screen screen) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", screen.id());
        if (screen instanceof Screen.Prompt p) {
            out.put("heading", caption(p.heading()));
            out.put("text", text(p.text()));
            if (p.note().isPresent()) {
                out.put("note", phrasebook.text(p.note().get()));
            }
            figure(p.figure(), out, true);
            out.put("buttons", buttons(p.buttons()));
        } else if (screen instanceof Screen.Result r) {
            out.put("heading", labels.text(Label.HEADING_RESULT, phrasebook));
            out.put("summary", text(r.summary()));
            List<Object> sides = new ArrayList<>(2);
            for (Screen.SideResult side : r.sides()) {
                sides.add(side(side));
            }
            out.put("sides", sides);
            out.put("text", text(r.text()));
            out.put("buttons", buttons(r.buttons()));
        } else if (screen instanceof Screen.Progress pr) {
            out.put("heading", caption(pr.heading()));
            out.put("weekdays", weekdays(pr.days().get(0).date().getDayOfWeek()));
            out.put("weeks", weeks(pr.days()));
            Map<String, Object> key = new LinkedHashMap<>();
            key.put("stretched", labels.text(Label.PROGRESS_STRETCHED, phrasebook));
            key.put("tested", labels.text(Label.PROGRESS_TESTED, phrasebook));
            out.put("key", key);
            out.put("text", text(pr.text()));
            out.put("buttons", buttons(pr.buttons()));
        } else if (screen instanceof Screen.Steps st) {
            out.put("heading", text(st.heading()));
            figure(st.figure(), out, false);
            out.put("steps", steps(st));
            // A screen reader's name for the touchable steps: fixed, as APL 1.4 cannot update it.
            out.put("nextStepLabel", labels.text(Label.STEPS_NEXT, phrasebook));
            out.put("text", text(st.text()));
            out.put("buttons", buttons(st.buttons()));
        } else {
            Screen.Countdown c = (Screen.Countdown) screen;
            out.put("heading", caption(c.heading()));
            figure(c.figure(), out, false);
            out.put("text", text(c.text()));
            Map<String, Object> hold = new LinkedHashMap<>();
            hold.put("seconds", c.hold().seconds());
            hold.put("startsAfterMs", holdStartsAfter(c));
            hold.put("unit", labels.text(Label.HOLD_SECONDS, phrasebook));
            Map<String, Object> rest = new LinkedHashMap<>();
            rest.put("seconds", c.restSeconds());
            rest.put("startsAfterMs", restStartsAfter(c));
            hold.put("rest", rest);
            out.put("hold", hold);
            out.put("buttons", buttons(c.buttons()));
            Map<String, Object> end = new LinkedHashMap<>();
            end.put("heading", caption(c.endHeading()));
            end.put("text", text(c.endText()));
            end.put("buttons", buttons(c.endButtons()));
            out.put("end", end);
        }
        return out;
    }

    /**
     * Returns when the hold begins, in ms from the start of the response: where the turn's voice
     * reaches the hold, plus its start cue, after which {@code HoldNarrator} counts.
     */
    private int holdStartsAfter(Screen.Countdown c) {
        Optional<Part.Timed> hold = c.timedBy().timed();
        int before = hold.isPresent() ? SpeechTiming.millisUntil(c.timedBy(), hold.get(), phrasebook) : 0;
        return before + SpeechTiming.estimateMillis(phrasebook.text(Msg.HOLD_START, c.hold().seconds()));
    }

    /**
     * Returns when the rest after the hold begins, in ms from the start of the response: at the
     * start of its cue, right after the release cue that ends the hold ({@code HoldNarrator}).
     */
    private int restStartsAfter(Screen.Countdown c) {
        return holdStartsAfter(c) + c.hold().seconds() * 1000
                + SpeechTiming.estimateMillis(phrasebook.text(Msg.HOLD_RELEASE));
    }

    /** Returns the steps, each with when the voice starts it; a step never comes before the one above it. */
    private List<Object> steps(Screen.Steps st) {
        List<Object> out = new ArrayList<>(st.steps().size());
        int last = -1;
        for (Screen.Step step : st.steps()) {
            int at = Math.max(last + 1, SpeechTiming.millisUntil(st.timedBy(), step.text().parts().get(0), phrasebook));
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("text", text(step.text()));
            one.put("focus", lower(step.focus()));
            one.put("atMs", at);
            out.add(one);
            last = at;
        }
        return out;
    }

    /** Returns the weekdays' initials, in the screen's words, for a week from {@code first}. */
    private List<Object> weekdays(DayOfWeek first) {
        String[] mondayFirst = labels.text(Label.PROGRESS_WEEKDAYS, phrasebook).split(" ");
        List<Object> out = new ArrayList<>(7);
        for (int i = 0; i < 7; i++) {
            out.add(mondayFirst[first.plus(i).ordinal()]);
        }
        return out;
    }

    /** Returns the days as rows of a week, each day its date's number and what happened on it. */
    private static List<Object> weeks(List<Screen.Day> days) {
        List<Object> out = new ArrayList<>(days.size() / 7);
        for (int week = 0; week < days.size(); week += 7) {
            List<Object> row = new ArrayList<>(7);
            for (Screen.Day day : days.subList(week, week + 7)) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("label", Integer.toString(day.date().getDayOfMonth()));
                one.put("practised", day.practised());
                one.put("tested", day.tested());
                one.put("today", day.today());
                row.add(one);
            }
            out.add(Map.of("days", row));
        }
        return out;
    }

    private Map<String, Object> side(Screen.SideResult side) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", labels.text(Label.HEADING_SIDE, phrasebook, side.side() == Side.RIGHT ? Label.SIDE_RIGHT
                : Label.SIDE_LEFT));
        Outcome outcome = side.outcome();
        out.put("outcome", outcome == Outcome.TIGHT ? "tight" : outcome == Outcome.NOT_TIGHT ? "fine" : "unclear");
        out.put("verdict", labels.text(outcome == Outcome.TIGHT ? Label.VERDICT_TIGHT
                : outcome == Outcome.NOT_TIGHT ? Label.VERDICT_FINE : Label.VERDICT_UNCLEAR, phrasebook));
        List<Object> signs = new ArrayList<>(side.signs().size());
        for (Label sign : side.signs()) {
            signs.add(labels.text(sign, phrasebook));
        }
        out.put("signs", signs);
        return out;
    }

    private void figure(Screen.Figure figure, Map<String, Object> out, boolean withFocus) {
        out.put("pose", lower(figure.pose()));
        out.put("side", lower(figure.side()));
        out.put("drawingLabel", drawingLabel(figure));
        if (withFocus) {
            out.put("focus", lower(figure.focus()));
        }
    }

    /** Returns what a screen reader says for the drawing; nothing when no drawing is shown. */
    private String drawingLabel(Screen.Figure figure) {
        Label side = figure.side() == Side.RIGHT ? Label.SIDE_RIGHT : Label.SIDE_LEFT;
        return switch (figure.pose()) {
            case LYING -> labels.text(Label.DRAWING_LYING, phrasebook, side);
            case KNEELING -> labels.text(Label.DRAWING_KNEELING, phrasebook,
                    labels.text(side, phrasebook).toLowerCase(Locale.ROOT));
            case NONE -> "";
        };
    }

    private List<Object> buttons(List<Screen.Button> buttons) {
        List<Object> out = new ArrayList<>(buttons.size());
        for (Screen.Button button : buttons) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("label", labels.text(button.label(), phrasebook));
            String[] touch = Touches.arguments(button.event());
            one.put("kind", touch[0]);
            one.put("value", touch[1]);
            out.add(one);
        }
        return out;
    }

    private String caption(Screen.Caption caption) {
        return labels.text(caption.label(), phrasebook, caption.args().toArray());
    }

    /** Returns what a narration says, as one paragraph: its lines, with the holds' cues left out. */
    private String text(Narration narration) {
        StringBuilder out = new StringBuilder(160);
        for (Part part : narration.parts()) {
            if (part instanceof Part.Line line) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(phrasebook.text(line));
            }
        }
        return out.toString();
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** Returns the document {@code name}, read on first use; two threads may both read it, and one copy is kept. */
    static Map<String, Object> document(String name) {
        Map<String, Object> document = DOCUMENTS.get(name);
        if (document == null) {
            DOCUMENTS.putIfAbsent(name, load(name));
            document = DOCUMENTS.get(name);
        }
        return document;
    }

    private static Map<String, Object> load(String name) {
        String path = "/display/" + name + "/document.json";
        try (InputStream in = ScreenRenderer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing APL document " + path);
            }
            return MAPPER.readValue(in, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read APL document " + path, e);
        }
    }
}
