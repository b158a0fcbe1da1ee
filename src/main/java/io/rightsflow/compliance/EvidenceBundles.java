package io.rightsflow.compliance;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.rightsflow.audit.AuditChain;
import io.rightsflow.request.RequestRef;
import io.rightsflow.request.Requests;
import io.rightsflow.system.CsvCells;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The evidence of one request for an authority that asks, as one ZIP: its timeline (JSON, and CSV
 * with a row per event), its diagram as it ran (SVG; the other processes keyed to it after it), its
 * erasure certificate if it erased someone, and the audit chain's check with its head (as
 * GET /api/audit/verify answers). The same services as the API make each part.
 */
@ApplicationScoped
public class EvidenceBundles {

    static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    @Inject
    ErasureCertificates certificates;

    @Inject
    Timelines timelines;

    @Inject
    ProcessDiagrams diagrams;

    @Inject
    Requests requests;

    @Inject
    AuditChain chain;

    @Inject
    ObjectMapper json;

    /** The parts, by file name, read in one transaction; the ZIP is written after it, as it streams. */
    @Transactional
    public Map<String, byte[]> parts(String requestId) {
        Timelines.Timeline timeline = timelines.of(requestId);
        RequestRef request = requests.find(requestId);
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("timeline.json", json(timeline));
        parts.put("timeline.csv", utf8(csv(timeline)));
        List<ProcessDiagrams.ProcessDiagram> drawn = diagrams.ofRequest(request.processInstanceId(), "el-");
        for (int i = 0; i < drawn.size(); i++) {
            String name = i == 0 ? "diagram.svg" : "diagram-" + (i + 1) + "-" + drawn.get(i).processKey() + ".svg";
            parts.put(name, utf8(XML + drawn.get(i).svg() + "\n"));
        }
        ErasureCertificate certificate = certificates.ofRequest(requestId);
        if (certificate != null) {
            parts.put("erasure-certificate.json", json(certificate));
        }
        parts.put("audit-chain.json", json(chain.verify(null)));
        return parts;
    }

    /** The file name a browser saves the bundle under. */
    public static String fileName(String requestId) {
        return "evidence-" + requestId.replaceAll("[^A-Za-z0-9-]", "") + ".zip";
    }

    public static void write(Map<String, byte[]> parts, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
    }

    /** One row per event of the timeline, in time order, as spreadsheets read it. */
    static String csv(Timelines.Timeline timeline) {
        StringBuilder csv = new StringBuilder("at,kind,actor,detail\r\n");
        for (Timelines.Event event : timeline.events()) {
            csv.append(CsvCells.line(String.valueOf(event.at()), event.kind(), event.actor(), event.detail()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private byte[] json(Object value) {
        try {
            return json.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a part of the evidence could not be written as JSON", e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
