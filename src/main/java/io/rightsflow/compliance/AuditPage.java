package io.rightsflow.compliance;

import java.util.Map;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.audit.AuditChain;
import io.rightsflow.audit.ChainHead;
import io.rightsflow.security.Roles;
import io.rightsflow.web.Pages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Verifying the audit chain from a page, as GET /api/audit/verify does: a GET form, since a check
 * writes nothing of the auditor's. It shows the result and the head to note down, and checks that
 * a head noted earlier is still in the chain with the same hash.
 */
@Path("/console/audit")
@RolesAllowed(Roles.AUDITOR)
@Produces(MediaType.TEXT_HTML)
public class AuditPage {

    @CheckedTemplate(basePath = "compliance", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance audit(ChainHead current, String head, Map<String, String> errors,
                AuditChain.Verification result, ChainHead noted, String hint);
    }

    static final String EXAMPLE = "1024:" + "5e".repeat(32);
    static final String HINT = "Written number:hash, as this page shows it, such as " + EXAMPLE + ".";

    @Inject
    AuditChain chain;

    /** {@code verify}: present when the auditor asked for the check; {@code head}: a head noted earlier, or blank. */
    @GET
    public Response show(@QueryParam("verify") String verify, @QueryParam("head") String head) {
        boolean asked = verify != null || (head != null && !head.isBlank());
        String typed = head == null ? "" : head.strip();
        if (!asked) {
            return Pages.html(Templates.audit(chain.head(), typed, Map.of(), null, null, HINT));
        }
        ChainHead noted = null;
        if (!typed.isEmpty()) {
            noted = ChainHead.parse(typed).orElse(null);
            if (noted == null) {
                return Pages.html(Response.Status.BAD_REQUEST, Templates.audit(chain.head(), typed,
                        Map.of("head", "Write the head as you noted it, " + ChainHead.FORMAT + ": its number, a colon "
                                + "and the 64 hex digits of its hash, such as " + EXAMPLE), null, null, HINT));
            }
        }
        AuditChain.Verification result = chain.verify(noted);
        return Pages.html(Templates.audit(result.head(), typed, Map.of(), result, noted, HINT));
    }
}
