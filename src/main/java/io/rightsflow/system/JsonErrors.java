package io.rightsflow.system;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** Says which field of a JSON body is wrong, without repeating the value that was sent. */
final class JsonErrors {

    private JsonErrors() {
    }

    static String describe(JsonProcessingException e) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
                return "field '" + field + "' must be one of " + Arrays.stream(f.getTargetType().getEnumConstants())
                        .map(Object::toString).collect(Collectors.joining(", "));
            }
            return "field '" + field + "' has a value of the wrong type or format";
        }
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr() + ")";
        return "the body is not valid JSON" + where;
    }
}
