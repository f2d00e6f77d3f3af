import com.fasterxml.jackson.databind.JsonNode;
import com.hipcheck.alexa.HipCheckStreamHandler;
import com.hipcheck.local.InteractionModel;
import com.hipcheck.local.LocalSession;
import com.hipcheck.local.RequestFactory;
import java.time.Clock;
import java.util.Map;

/**
 * Prints, for one hold length, the SSML the skill speaks between the end of the start cue and the
 * start of the release cue, taken from a real response of the skill. bench/hold-timing.sh renders
 * it to audio and measures it.
 *
 * <p>Usage: {@code java -cp target/hip-check-local.jar:bench/target HoldSsml SECONDS}: the local
 * jar, because this drives the skill through the local tools, which the Lambda jar leaves out.
 */
public final class HoldSsml {
    private static final String SKILL_ID = "amzn1.ask.skill.00000000-0000-4000-8000-000000000000";

    public static void main(String[] args) throws Exception {
        String seconds = args[0];
        RequestFactory r = new RequestFactory(InteractionModel.load(InteractionModel.DEFAULT_PATH), SKILL_ID,
                "en-US", Clock.systemUTC());
        LocalSession s = new LocalSession(new HipCheckStreamHandler(), SKILL_ID);
        s.send(r.launch());
        s.send(r.intent("AMAZON.YesIntent", Map.of()));
        for (int i = 0; i < 3; i++) {
            s.send(r.intent("ReadyIntent", Map.of()));
        }
        s.send(r.intent("DescribeIntent", Map.of("observation", "stays up")));
        s.send(r.intent("AMAZON.NoIntent", Map.of()));
        s.send(r.intent("AMAZON.NoIntent", Map.of()));
        s.send(r.intent("ReadyIntent", Map.of()));
        s.send(r.intent("AMAZON.YesIntent", Map.of()));
        s.send(r.intent("AMAZON.NoIntent", Map.of()));
        s.send(r.intent("AMAZON.NoIntent", Map.of()));
        s.send(r.intent("HoldTimeIntent", Map.of("seconds", seconds)));
        s.send(r.intent("ChooseStretchIntent", Map.of("stretch", "edge of table")));
        JsonNode hold = s.send(r.intent("ReadyIntent", Map.of()));
        String ssml = hold.path("response").path("outputSpeech").path("ssml").asText();
        int start = ssml.indexOf("keep breathing.");
        int end = ssml.indexOf("And relax.");
        if (start < 0 || end < start) {
            throw new IllegalStateException("no hold in: " + ssml);
        }
        System.out.println(ssml.substring(start + "keep breathing.".length(), end).strip());
    }
}
