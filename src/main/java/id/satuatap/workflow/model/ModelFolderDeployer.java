package id.satuatap.workflow.model;

import id.satuatap.workflow.EngineConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Deploys every model of the models folder at start-up; unchanged files make no new version. */
@ApplicationScoped
public class ModelFolderDeployer {

    private static final Logger LOG = Logger.getLogger(ModelFolderDeployer.class);

    @Inject EngineConfig config;
    @Inject ModelService models;

    void onStart(@Observes @Priority(30) StartupEvent event) {
        Path dir = Path.of(config.modelsDir());
        if (!Files.isDirectory(dir)) {
            LOG.warnf("Models folder %s not found; nothing deployed", dir.toAbsolutePath());
            return;
        }
        List<ModelFile> files = read(dir);
        if (files.isEmpty()) {
            return;
        }
        DeploymentResult result = models.deployFolder(files);
        LOG.infof("Models folder %s: %d file(s), %d new definition version(s)", dir, files.size(),
                result.definitions().size());
    }

    private static List<ModelFile> read(Path dir) {
        try (Stream<Path> paths = Files.list(dir)) {
            return paths.sorted()
                    .map(p -> new ModelFile(p.getFileName().toString(), bytes(p)))
                    .filter(f -> f.isBpmn() || f.isDmn())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
