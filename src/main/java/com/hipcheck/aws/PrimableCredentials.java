package com.hipcheck.aws;

import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * Answers static dummy credentials while priming runs and asks the real provider otherwise, so a
 * snapshot never holds credentials and priming never looks any up (no environment, file or
 * metadata endpoint is read for them).
 */
final class PrimableCredentials implements AwsCredentialsProvider {
    private static final AwsCredentials PRIMING = AwsBasicCredentials.create("priming", "priming");

    private final AwsCredentialsProvider real;

    PrimableCredentials(AwsCredentialsProvider real) {
        this.real = Objects.requireNonNull(real, "real");
    }

    @Override
    public AwsCredentials resolveCredentials() {
        return PrimingSwitch.on() ? PRIMING : real.resolveCredentials();
    }
}
