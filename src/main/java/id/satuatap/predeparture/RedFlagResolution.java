package id.satuatap.predeparture;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A coordinator's settlement of a red flag. */
public record RedFlagResolution(@NotNull RedFlag.Resolution outcome, @NotBlank @Size(max = 500) String reason) {
}
