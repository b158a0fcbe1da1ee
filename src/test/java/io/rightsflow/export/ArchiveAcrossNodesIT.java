package io.rightsflow.export;

import static io.restassured.RestAssured.given;
import static io.rightsflow.support.Cluster.api;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.rightsflow.support.Cluster;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.ServiceProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every node has a disk of its own: an archive built by one node downloads from another, and an
 * erasure run by a third removes it for all of them, with no byte of it left anywhere.
 */
@Tag("database")
class ArchiveAcrossNodesIT {

    static final String GRACE_SECONDS = "20";

    Cluster cluster;

    @BeforeEach
    void setUp() throws Exception {
        cluster = Cluster.start(Path.of("target", "archive-across-nodes-it.log"));
    }

    @AfterEach
    void tearDown() throws Exception {
        cluster.close();
    }

    @Test
    void anArchiveBuiltOnOneNodeDownloadsFromAnotherAndAnErasureRunByAThirdRemovesItEverywhere() throws Exception {
        try (ServiceProcess front = cluster.node("front", false, GRACE_SECONDS)) {
            Cluster.Owner owner;
            String exportId;
            String link;
            try (ServiceProcess builder = cluster.node("builder", true, GRACE_SECONDS)) {
                owner = cluster.newChildProfile(front, "archive");
                exportId = api(front, owner.email()).body(Map.of("type", "EXPORT", "profileId", owner.profileId()))
                        .post("/api/requests").then().statusCode(201).extract().path("id");
                link = Mailbox.linkPath(Mailbox.plainText(cluster.awaitMail(owner.email(), "ready to download")));
                byte[] built = given().baseUri(builder.baseUri()).get(link).then().statusCode(200).extract().asByteArray();
                assertArrayEquals(built, given().baseUri(front.baseUri()).get(link).then().statusCode(200)
                        .contentType("application/zip").extract().asByteArray(), "the link, on a node that did not build it");
                assertArrayEquals(built, api(front, owner.email()).get("/api/requests/{id}/archive", exportId).then()
                        .statusCode(200).extract().asByteArray(), "the API, on a node that did not build it");
                assertTrue(zipEntries(built).contains("weight.csv"), "a whole archive: " + zipEntries(built));
                assertEquals(List.of("builder"), nodesThatRan(exportId, "Task_BuildArchive"));
            }
            try (ServiceProcess eraser = cluster.node("eraser", true, GRACE_SECONDS)) {
                String erasureId = api(front, owner.email()).body(Map.of("type", "PROFILE_ERASURE", "profileId",
                        owner.profileId())).post("/api/requests").then().statusCode(201).extract().path("id");
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> cluster.database()
                        .count("select count(*) from data_request where id = ? and status = 'COMPLETED'", erasureId) == 1);
                assertEquals(List.of("eraser"), nodesThatRan(erasureId, "Task_PurgeProfileData"));
                for (ServiceProcess node : List.of(front, eraser)) {
                    given().baseUri(node.baseUri()).get(link).then().statusCode(410);
                    api(node, owner.email()).get("/api/requests/{id}/archive", exportId).then()
                            .statusCode(anyOf(is(404), is(410)));
                }
            }
            assertEquals(0, cluster.database().count("select count(*) from export_archive_chunk where request_id = ?",
                    exportId));
            assertEquals(0, cluster.database().count("select count(*) from export_archive where request_id = ?", exportId));
            for (Path disk : cluster.disks()) {
                try (var files = Files.walk(disk)) {
                    assertEquals(List.of(), files.filter(f -> f.getFileName().toString().startsWith(exportId)).toList(),
                            "nothing of the archive on the disk of " + disk);
                }
            }
        }
    }

    /** The nodes (as the engine's job log names them) that completed a step of the request's process. */
    private List<String> nodesThatRan(String requestId, String step) throws Exception {
        List<String> nodes = new ArrayList<>();
        try (var connection = cluster.database().connect(); var query = connection.prepareStatement(
                "select distinct l.hostname_ from act_hi_job_log l join data_request r"
                        + " on r.process_instance_id = l.process_instance_id_"
                        + " where r.id = ? and l.act_id_ = ? and l.job_state_ = 2 order by 1")) {
            query.setString(1, requestId);
            query.setString(2, step);
            try (var result = query.executeQuery()) {
                while (result.next()) {
                    nodes.add(result.getString(1));
                }
            }
        }
        return nodes;
    }

    private static List<String> zipEntries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
