package io.rightsflow.security;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/me")
@Authenticated
public class MeResource {

    @Inject
    Caller caller;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Me(String username, Set<String> roles, String accountId) {
    }

    @GET
    public Me me() {
        return new Me(caller.username(), caller.roles(), caller.accountId());
    }
}
