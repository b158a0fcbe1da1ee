package io.rightsflow.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Browser;
import io.rightsflow.support.Staff;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditorsReadOnlyTest {

    /** Every write of the HTTP API, found in the resources themselves, so that a new one cannot be forgotten. */
    static List<String[]> writes() {
        List<String[]> writes = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.rightsflow")) {
            if (!type.isAnnotatedWith(Path.class)) {
                continue;
            }
            String base = type.reflect().getAnnotation(Path.class).value();
            for (Method method : type.reflect().getDeclaredMethods()) {
                String verb = method.isAnnotationPresent(POST.class) ? "POST" : method.isAnnotationPresent(PUT.class) ? "PUT"
                        : method.isAnnotationPresent(DELETE.class) ? "DELETE" : method.isAnnotationPresent(PATCH.class) ? "PATCH" : null;
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    String path = (base + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/")
                            .replaceAll("\\{[^}]+}", "x");
                    writes.add(new String[] { verb, path });
                }
            }
        }
        return writes;
    }

    @Test
    void everyWriteOfTheApiAnswersAnAuditor403() {
        List<String[]> writes = writes();
        assertTrue(writes.size() >= 15, "found only " + writes.size() + " writes: the scan would prove nothing");
        Staff auditor = Staff.create("auditor");
        List<String> allowed = new ArrayList<>();
        for (String[] write : writes) {
            int status = auditor.api().body("{}").request(write[0], write[1]).statusCode();
            if (status != 403) {
                allowed.add(write[0] + " " + write[1] + " -> " + status);
            }
        }
        assertEquals(List.of(), allowed);
    }

    @Test
    void everyWriteAnswersAnAuditorSignedInWithTheFormToo() {
        Staff auditor = Staff.create("auditor");
        String session = signedInWithTheForm(auditor);
        List<String> allowed = new ArrayList<>();
        List<String[]> pageWrites = writes().stream()
                // the API hears HTTP Basic only: with the cookie alone a call there is nobody's (see the test above)
                .filter(write -> !write[1].startsWith("/api/") && !write[1].equals("/logout")).toList();
        assertTrue(pageWrites.size() >= 15, "found only " + pageWrites.size() + " page writes: the scan would prove nothing");
        for (String[] write : pageWrites) {
            var answer = given().cookie("rightsflow-session", session).header("Origin", Browser.baseUrl())
                    .contentType("application/x-www-form-urlencoded").formParam("anything", "x")
                    .redirects().follow(false).request(write[0], write[1]);
            if (answer.statusCode() != 403 || !answer.body().asString().contains("read-only")) {
                allowed.add(write[0] + " " + write[1] + " -> " + answer.statusCode());
            }
        }
        assertEquals(List.of(), allowed);
        // signing out stays theirs to do (here refused for want of the form's token, not for being an auditor)
        String signOut = given().cookie("rightsflow-session", session).header("Origin", Browser.baseUrl())
                .redirects().follow(false).post("/logout").body().asString();
        assertTrue(!signOut.contains("read-only"), "sign-out is not refused as a write: " + signOut);
    }

    /** Signs in through the sign-in form, with its token, as a browser would, and returns the session cookie. */
    static String signedInWithTheForm(Staff staff) {
        var page = given().get("/login");
        String csrfCookie = page.cookie("rightsflow-csrf");
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf' }.@value");
        String session = given().cookie("rightsflow-csrf", csrfCookie).header("Origin", Browser.baseUrl())
                .formParam("csrf", token).formParam("email", staff.username()).formParam("password", staff.password())
                .redirects().follow(false).post("/login").then().statusCode(303).extract().cookie("rightsflow-session");
        assertTrue(session != null && !session.isEmpty(), "the sign-in set the session cookie");
        return session;
    }
}
