package com.hipcheck.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Finding espeak-ng on PATH and handing it the SSML, with a stand-in program that records its arguments. */
class SpeakerTest {
    @TempDir
    Path dir;

    @Test
    void noEspeakOnPathMeansNoSpeaker() {
        assertTrue(Speaker.find(dir.toString()).isEmpty());
        assertTrue(Speaker.find(null).isEmpty());
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void espeakIsGivenTheSsmlWithMarkupOn() throws IOException {
        Path recorded = dir.resolve("args.txt");
        Path fake = Files.writeString(dir.resolve("espeak-ng"),
                "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + recorded + "'\n");
        assertTrue(fake.toFile().setExecutable(true));

        Optional<Speaker> speaker = Speaker.find("/nonexistent:" + dir);
        assertTrue(speaker.isPresent());
        assertEquals(Optional.empty(), speaker.get().speak("<speak>Hi. <break time=\"1500ms\"/> Bye.</speak>"));
        assertEquals("-m\n<speak>Hi. <break time=\"1500ms\"/> Bye.</speak>\n", Files.readString(recorded));
    }
}
