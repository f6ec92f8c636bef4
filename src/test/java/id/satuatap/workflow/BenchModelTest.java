package id.satuatap.workflow;

import id.satuatap.workflow.model.ModelFile;
import id.satuatap.workflow.model.ModelValidator;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The benchmark deploys bench/ten-user-tasks.bpmn through the admin API, so it must pass the upload validation. */
@QuarkusTest
class BenchModelTest {

    @Inject ModelValidator validator;

    @Test
    void theBenchmarkModelPassesTheUploadValidation() throws IOException {
        var file = new ModelFile("ten-user-tasks.bpmn", Files.readAllBytes(Path.of("bench", "ten-user-tasks.bpmn")));
        var validation = validator.validate(List.of(file));
        assertEquals(List.of(), validation.problems());
        assertEquals(List.of(), validation.warnings());
    }
}
