package com.hipcheck.local;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Speaks responses aloud with espeak-ng, given the skill's SSML ({@code -m}), so its breaks are
 * honoured: a stretch hold really is thirty seconds long. Only used when espeak-ng is installed.
 */
final class Speaker {
    static final String PROGRAM = "espeak-ng";
    static final String INSTALL_HINT = "Speech is off: " + PROGRAM
            + " is not installed (on Debian or Ubuntu: apt-get install espeak-ng).";

    private final Path program;

    Speaker(Path program) {
        this.program = program;
    }

    /** Returns a speaker when espeak-ng is on {@code path} (a PATH value), or empty. */
    static Optional<Speaker> find(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, PROGRAM);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(new Speaker(candidate));
            }
        }
        return Optional.empty();
    }

    /** Speaks {@code ssml} and returns when it has been said; a failure to speak is reported, not thrown. */
    Optional<String> speak(String ssml) {
        ProcessBuilder pb = new ProcessBuilder(List.of(program.toString(), "-m", ssml))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            int code = pb.start().waitFor();
            return code == 0 ? Optional.empty() : Optional.of(PROGRAM + " exited with " + code);
        } catch (IOException e) {
            return Optional.of("cannot run " + program + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while speaking");
        }
    }
}
