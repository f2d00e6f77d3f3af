package com.hipcheck.local.model;

import java.util.List;
import java.util.Optional;

/**
 * One locale's interaction model as generated: the text of its file, how many samples it holds,
 * and where it stands against Alexa's limits.
 */
record GeneratedModel(String locale, String json, int samples, List<AlexaLimits.Measure> measures) {

    GeneratedModel {
        measures = List.copyOf(measures);
    }

    /** Returns the file name under {@code models/}. */
    String fileName() {
        return locale + ".json";
    }

    /**
     * Returns where {@code committed} first differs from this model ("line 12: ..."), or nothing
     * when they are the same text.
     */
    Optional<String> firstDifferenceFrom(String committed) {
        if (json.equals(committed)) {
            return Optional.empty();
        }
        String[] generated = json.split("\n", -1);
        String[] file = committed.split("\n", -1);
        for (int i = 0; i < Math.max(generated.length, file.length); i++) {
            String want = i < generated.length ? generated[i] : "(the end)";
            String have = i < file.length ? file[i] : "(the end)";
            if (!want.equals(have)) {
                return Optional.of("line " + (i + 1) + ": the file has '" + have.strip() + "' where the source gives '"
                        + want.strip() + "'");
            }
        }
        return Optional.of("they differ");
    }
}
