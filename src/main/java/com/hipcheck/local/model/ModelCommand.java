package com.hipcheck.local.model;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code bin/model}: writes {@code models/<locale>.json} for each locale of
 * {@code models/source/locales.txt} from its source, or with {@code --check} only says whether the
 * committed files are what the source generates. Prints where each model stands against Alexa's
 * documented limits.
 */
public final class ModelCommand {
    static final String USAGE = """
            usage: bin/model [--check]

            Generates models/<locale>.json for each locale in models/source/locales.txt from the
            templates in models/source/ (see models/source/README.md), and prints how far each model
            is from Alexa's documented limits.
              --check   write nothing; exit 1 if a committed model is not what the source generates
            """;

    private ModelCommand() {}

    public static void main(String[] args) {
        System.exit(run(Path.of(""), args, System.out, System.err));
    }

    /**
     * Runs the command in the project at {@code project} and returns its exit status: 0 done (or
     * up to date), 1 a model differs or the source has problems, 2 a usage error.
     */
    static int run(Path project, String[] args, PrintStream out, PrintStream err) {
        boolean check = false;
        for (String arg : args) {
            if (arg.equals("--check")) {
                check = true;
            } else if (arg.equals("-h") || arg.equals("--help")) {
                out.print(USAGE);
                return 0;
            } else {
                err.print("bin/model: unknown argument " + arg + "\n" + USAGE);
                return 2;
            }
        }
        Path source = project.resolve("models").resolve("source");
        try {
            // Every locale is generated before any file is written, so a problem in one leaves all as they were.
            List<GeneratedModel> models = new ArrayList<>();
            for (String locale : SourceFiles.locales(source)) {
                models.add(ModelGenerator.generate(SourceFiles.read(source, locale)));
            }
            int status = 0;
            for (GeneratedModel model : models) {
                if (check) {
                    status = check(project, model, out, err) ? status : 1;
                } else {
                    write(project, model, out);
                }
                out.println("  against Alexa's documented limits (models/source/README.md):");
                for (AlexaLimits.Measure measure : model.measures()) {
                    out.println("    " + measure);
                }
            }
            return status;
        } catch (ModelException | IOException e) {
            err.println("bin/model: " + e.getMessage());
            return 1;
        }
    }

    private static void write(Path project, GeneratedModel model, PrintStream out) throws IOException {
        Path file = project.resolve("models").resolve(model.fileName());
        boolean same = Files.isRegularFile(file) && committed(file).equals(model.json());
        if (!same) {
            Files.writeString(file, model.json(), StandardCharsets.UTF_8);
        }
        out.println((same ? "models/" + model.fileName() + " is up to date" : "wrote models/" + model.fileName())
                + ": " + model.samples() + " samples");
    }

    private static boolean check(Path project, GeneratedModel model, PrintStream out, PrintStream err)
            throws IOException {
        Path file = project.resolve("models").resolve(model.fileName());
        Optional<String> difference = Files.isRegularFile(file)
                ? model.firstDifferenceFrom(committed(file))
                : Optional.of("the file is missing");
        if (difference.isPresent()) {
            err.println("bin/model: models/" + model.fileName() + " is not what models/source generates ("
                    + difference.get() + "): run bin/model");
            return false;
        }
        out.println("models/" + model.fileName() + " is what models/source generates: " + model.samples()
                + " samples");
        return true;
    }

    private static String committed(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

}
