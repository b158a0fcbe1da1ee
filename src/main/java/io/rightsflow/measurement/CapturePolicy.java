package io.rightsflow.measurement;

/**
 * A rule a feature sets on what a device may capture (e.g. a home camera whose owner switched
 * recording off). Asked before video or screenshots of a device are stored; refuses with a problem.
 */
public interface CapturePolicy {

    /** Throws a 409 problem when this device may not capture {@code what} ("video", "screenshots") now. */
    void check(DeviceRef device, String what);
}
