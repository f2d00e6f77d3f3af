package com.hipcheck.alexa;

import com.amazon.ask.SkillStreamHandler;

/**
 * The Lambda entry point. The skill is built once, when the class is initialised, so every warm
 * request, and a SnapStart snapshot, reuses it.
 */
public final class HipCheckStreamHandler extends SkillStreamHandler {
    private static final HipCheckSkill SKILL = HipCheckSkill.forSkillId(System.getenv("SKILL_ID"));

    public HipCheckStreamHandler() {
        super(SKILL.skills());
    }
}
