package io.rightsflow.export;

/**
 * One query of a profile's measurements of one category in time order: all of them, those of
 * one device, or those of no device (entered by hand or imported).
 */
record Feed(String category, Scope scope, String deviceId) {

    enum Scope { ALL, DEVICE, NO_DEVICE }

    static Feed of(String category) {
        return new Feed(category, Scope.ALL, null);
    }

    static Feed ofDevice(String category, String deviceId) {
        return new Feed(category, Scope.DEVICE, deviceId);
    }

    static Feed ofNoDevice(String category) {
        return new Feed(category, Scope.NO_DEVICE, null);
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
