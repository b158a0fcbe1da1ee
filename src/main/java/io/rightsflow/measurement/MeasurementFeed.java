package io.rightsflow.measurement;

/**
 * Which of a profile's measurements of one category a {@link MeasurementCursor} reads, in time
 * order: all of them, those of one device, or those of no device (entered by hand or imported).
 */
public record MeasurementFeed(String category, Scope scope, String deviceId) {

    public enum Scope { ALL, DEVICE, NO_DEVICE }

    /** Every measurement of the category, whichever device (if any) took it. */
    public static MeasurementFeed of(String category) {
        return new MeasurementFeed(category, Scope.ALL, null);
    }

    /** The measurements of the category that this device took. */
    public static MeasurementFeed ofDevice(String category, String deviceId) {
        return new MeasurementFeed(category, Scope.DEVICE, deviceId);
    }

    /** The measurements of the category that no device took: entered by hand or imported. */
    public static MeasurementFeed ofNoDevice(String category) {
        return new MeasurementFeed(category, Scope.NO_DEVICE, null);
    }

    /**
     * The ORDER BY names the index's leading columns, fixed by the WHERE anyway: that is what lets
     * H2 read the index in order instead of sorting millions of rows.
     */
    String sql() {
        String select = "select taken_at, val, systolic, diastolic, comment from measurement"
                + " where profile_id = ? and category_id = ?";
        return switch (scope) {
            case ALL -> select + " order by profile_id, category_id, taken_at";
            case DEVICE -> select + " and device_id = ? order by profile_id, category_id, device_id, taken_at";
            case NO_DEVICE -> select + " and device_id is null order by profile_id, category_id, device_id, taken_at";
        };
    }
}
