package io.rightsflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * {@code -Ppostgresql} runs only the tests tagged {@code database} (README "The two commands"):
 * those whose outcome can depend on the database. These rules keep a new test from silently
 * skipping PostgreSQL: a test of a feature whose own code speaks SQL to the database (a native
 * query, JDBC, the SQL state of an error), a test that races two calls, and a test of the
 * packaged service carry the tag. Tests that drive the pages (tag {@code browser}) are left out:
 * they call the same services the API tests cover.
 */
class PostgresqlSelectionTest {

    static final String DATABASE = "database";
    static final String BROWSER = "browser";

    static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.rightsflow");
    static final List<JavaClass> TESTS = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("io.rightsflow").stream()
            .filter(type -> type.isTopLevelClass() && (type.getMethods().stream()
                    .anyMatch(method -> method.isMetaAnnotatedWith(Testable.class)) || type.getSimpleName().endsWith("IT")))
            .toList();

    /** What races two calls at once: the suite's helper, or threads of the test's own. */
    static final Set<String> RACING = Set.of("io.rightsflow.support.Simultaneously",
            "java.util.concurrent.Executors", "java.util.concurrent.ExecutorService", "java.util.concurrent.CompletableFuture",
            "java.util.concurrent.CountDownLatch", "java.util.concurrent.CyclicBarrier", "java.util.concurrent.Phaser");

    @Test
    void a_test_of_a_feature_whose_code_speaks_sql_runs_on_postgresql() {
        Map<String, Set<String>> sqlByFeature = new TreeMap<>();
        for (JavaClass type : MAIN) {
            if (speaksSql(type) && !feature(type).isEmpty()) {
                sqlByFeature.computeIfAbsent(feature(type), f -> new TreeSet<>()).add(type.getSimpleName());
            }
        }
        // The rule must see what is there today, or it would pass on nothing.
        assertTrue(sqlByFeature.keySet().containsAll(Set.of("account", "export", "measurement", "partner")),
                "features found to speak SQL: " + sqlByFeature);
        assertEquals(List.of(), untagged(test -> sqlByFeature.containsKey(feature(test))).stream()
                .map(test -> test.getName() + " (" + feature(test) + " speaks SQL in " + sqlByFeature.get(feature(test)) + ")")
                .toList(), "add @Tag(\"" + DATABASE + "\") to these tests");
    }

    @Test
    void a_test_that_races_two_calls_runs_on_postgresql() {
        assertTrue(TESTS.stream().filter(PostgresqlSelectionTest::races).count() >= 5, "the rule finds the racing tests");
        assertEquals(List.of(), untagged(PostgresqlSelectionTest::races).stream().map(JavaClass::getName).toList(),
                "these tests race calls (a unique key, a lock, a retry decides the outcome): add @Tag(\"" + DATABASE + "\")");
    }

    @Test
    void a_test_of_the_packaged_service_runs_on_postgresql() {
        assertTrue(TESTS.stream().anyMatch(test -> test.getSimpleName().equals("ClusterIT")), "the rule finds the *IT tests");
        assertEquals(List.of(), untagged(test -> test.getSimpleName().endsWith("IT")).stream().map(JavaClass::getName)
                .toList(), "the packaged service runs on PostgreSQL: add @Tag(\"" + DATABASE + "\")");
    }

    /** A native query, JDBC (a connection, a data source, an SQL state), or Agroal's data source. */
    private static boolean speaksSql(JavaClass type) {
        return type.getDirectDependenciesFromSelf().stream().map(use -> use.getTargetClass().getPackageName())
                .anyMatch(target -> target.equals("java.sql") || target.equals("javax.sql") || target.startsWith("io.agroal"))
                || type.getMethodCallsFromSelf().stream().anyMatch(call -> call.getName().equals("createNativeQuery")
                        || call.getName().equals("doWork") || call.getName().equals("doReturningWork"));
    }

    private static boolean races(JavaClass test) {
        return test.getDirectDependenciesFromSelf().stream().anyMatch(use -> RACING.contains(use.getTargetClass().getName()))
                || test.getConstructorCallsFromSelf().stream() // a thread started by hand (Thread.sleep is no race)
                        .anyMatch(call -> call.getTargetOwner().isAssignableTo(Thread.class));
    }

    /** io.rightsflow.export.ArchiveStore → "export"; classes of io.rightsflow itself belong to none. */
    private static String feature(JavaClass type) {
        String rest = type.getPackageName().equals("io.rightsflow") ? "" : type.getPackageName().substring("io.rightsflow.".length());
        return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
    }

    private static List<JavaClass> untagged(Predicate<JavaClass> mustRunOnPostgresql) {
        return TESTS.stream().filter(mustRunOnPostgresql).filter(test -> {
            Set<String> tags = tags(test);
            return !tags.contains(DATABASE) && !tags.contains(BROWSER);
        }).sorted((a, b) -> a.getName().compareTo(b.getName())).toList();
    }

    private static Set<String> tags(JavaClass test) {
        return AnnotationSupport.findRepeatableAnnotations(test.reflect(), Tag.class).stream().map(Tag::value)
                .collect(Collectors.toSet());
    }
}
