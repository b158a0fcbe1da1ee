package io.rightsflow.measurement;

/** The steps one profile took in a span of time (whole steps; a fraction left over is dropped). */
public record StepTotal(String profileId, long steps) {
}
