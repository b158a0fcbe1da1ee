package io.rightsflow.downstream;

import java.util.Set;

import io.rightsflow.request.RequestType;

/** One configured system, checked: how it is reached, what it holds, which requests reach it. */
public record DownstreamSystem(String id, String name, SystemsConfig.Kind kind, Set<String> categories,
        Set<RequestType> requests, SystemsConfig.SystemConfig config) {

    static final String ALL = "all";

    /** Whether a request of this type about a subject with data in these categories reaches the system. */
    boolean reaches(RequestType type, Set<String> subjectCategories) {
        return requests.contains(type)
                && (categories.contains(ALL) || subjectCategories.stream().anyMatch(categories::contains));
    }
}
