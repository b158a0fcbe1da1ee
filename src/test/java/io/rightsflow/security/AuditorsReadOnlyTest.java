package io.rightsflow.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.test.junit.QuarkusTest;
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
}
