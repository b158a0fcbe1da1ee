package io.rightsflow.workflow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.runtime.util.ClassPathUtils;
import jakarta.enterprise.context.ApplicationScoped;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/** Deploys every {@code bpmn/*.bpmn} of the classpath; unchanged files create no new version. */
@ApplicationScoped
class BpmnDeployment {

    static final String FOLDER = "bpmn";

    void deployAll(RepositoryService repository) {
        Map<String, byte[]> files = readAll();
        if (files.isEmpty()) {
            throw new IllegalStateException("no BPMN file found under " + FOLDER + "/ on the classpath");
        }
        DeploymentBuilder builder = repository.createDeployment()
                .name("rightsflow")
                .enableDuplicateFiltering(true);
        files.forEach((name, bytes) -> builder.addInputStream(name, new ByteArrayInputStream(bytes)));
        builder.deploy();
    }

    private Map<String, byte[]> readAll() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try {
            ClassPathUtils.consumeAsPaths(FOLDER, folder -> {
                try (Stream<Path> paths = Files.list(folder)) {
                    paths.filter(p -> p.getFileName().toString().endsWith(".bpmn"))
                            .sorted()
                            .forEach(p -> files.put(p.getFileName().toString(), read(p)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static byte[] read(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
