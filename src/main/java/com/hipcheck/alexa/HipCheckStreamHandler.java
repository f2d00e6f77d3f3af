package com.hipcheck.alexa;

import com.amazon.ask.SkillStreamHandler;

/**
 * The Lambda entry point. The skill is built once, when the class is initialised, so every warm
 * request, and a SnapStart snapshot, reuses it; {@link Priming} warms it before a snapshot.
 */
public final class HipCheckStreamHandler extends SkillStreamHandler {
    private static final HipCheckSkill SKILL = HipCheckSkill.forSkillId(System.getenv("SKILL_ID"));

    static {
        Priming.register();
    }

    public HipCheckStreamHandler() {
        super(SKILL.skill());
    }
}
