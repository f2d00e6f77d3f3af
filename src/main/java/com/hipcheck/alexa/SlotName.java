package com.hipcheck.alexa;

/** The slots of the interaction model, by their model name. */
enum SlotName {
    OBSERVATION("observation"),
    OTHER_OBSERVATION("otherObservation"),
    THIGH_OBSERVATION("thighObservation"),
    LEG_OBSERVATION("legObservation"),
    BACK_OBSERVATION("backObservation"),
    STRETCH("stretch"),
    SECONDS("seconds"),
    LENGTH("length"),
    COUNT("count"),
    WHERE("where"),
    PART("part"),
    SIDE("side"),
    TIME("time");

    private final String modelName;

    SlotName(String modelName) {
        this.modelName = modelName;
    }

    String modelName() {
        return modelName;
    }
}
