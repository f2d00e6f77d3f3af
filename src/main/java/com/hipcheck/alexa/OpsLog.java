package com.hipcheck.alexa;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One structured JSON line per notable event, written to stdout, where Lambda hands it to
 * CloudWatch. Nothing logged here is ever spoken.
 */
final class OpsLog {
    private static volatile PrintStream out = System.out;

    private OpsLog() {}

    /** Logs a handled problem: what kind, and where the conversation was. */
    static void problem(String kind, String requestId, String phase, String intent, String detail) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("level", "WARN");
        fields.put("kind", kind);
        fields.put("requestId", requestId);
        fields.put("phase", phase);
        fields.put("intent", intent);
        fields.put("detail", detail);
        write(fields);
    }

    /** Logs a plain event, such as a session ending or a configuration note at start. */
    static void info(String kind, String detail) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("level", "INFO");
        fields.put("kind", kind);
        fields.put("detail", detail);
        write(fields);
    }

    /** Sends log lines somewhere else; tests use it to read what was logged. */
    static void redirect(PrintStream stream) {
        out = stream;
    }

    private static void write(Map<String, String> fields) {
        StringBuilder line = new StringBuilder(160).append('{');
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            if (line.length() > 1) {
                line.append(',');
            }
            quote(e.getKey(), line);
            line.append(':');
            quote(e.getValue(), line);
        }
        out.println(line.append('}'));
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
