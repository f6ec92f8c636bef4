package id.satuatap.workflow.instance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.Map;

public record StartProcessRequest(@NotBlank String processKey, @Size(max = 255) String businessKey,
                                  Map<String, Object> variables) {
}
