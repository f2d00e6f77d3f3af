package com.hipcheck.alexa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The zone asked before a snapshot goes through the real client to a server of its own on the
 * loopback address, as a device's launch asks the Settings API, and can be run again.
 */
class PrimingExchangeTest {
    /**
     * Runs the exchange until its server has read a request, a few times at most: the client's
     * own timeouts are the deployed ones (300 ms to connect), which a very busy machine can miss.
     */
    private static PrimingExchange.Result exchange() {
        PrimingExchange.Result result = PrimingExchange.run();
        for (int attempt = 1; attempt < 5 && result.head().isEmpty(); attempt++) {
            result = PrimingExchange.run();
        }
        assertTrue(!result.head().isEmpty(), "the loopback server read no request in five exchanges");
        return result;
    }

    @Test
    void asksTheZoneOfItsOwnLoopbackServerWithTheClientsRealRequest() {
        PrimingExchange.Result result = exchange();

        List<String> head = result.head();
        assertEquals("GET /v2/devices/amzn1.ask.device.priming/settings/System.timeZone HTTP/1.1", head.get(0));
        List<String> lower = head.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        assertTrue(lower.contains("authorization: bearer priming"), head::toString);
        assertTrue(lower.stream().anyMatch(h -> h.startsWith("host: 127.0.0.1:") || h.startsWith("host: [::1]:")),
                head::toString);
        // The answer is read within the client's own short timeouts; when it is, it is the server's zone.
        result.zone().ifPresent(zone -> assertEquals(PrimingExchange.ZONE, zone));
    }

    @Test
    void runsAgainWithAServerOfItsOwn() {
        assertEquals(exchange().head().get(0), exchange().head().get(0));
    }

    @Test
    void beforeSnapshotLeavesNoServerBehind() throws Exception {
        String skillId = "amzn1.ask.skill.44444444-4444-4444-8444-444444444444";
        Priming.beforeSnapshot(SkillHarness.handlerFor(skillId), skillId);
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().equals("alexa-api-priming")));
    }
}
