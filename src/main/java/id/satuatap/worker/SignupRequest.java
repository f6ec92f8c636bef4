package id.satuatap.worker;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Self sign-up from the mobile app: the phone number becomes the login name. */
public record SignupRequest(
        @NotBlank @Pattern(regexp = "\\+?[0-9]{8,15}", message = "{satuatap.phone}") String phone,
        @NotBlank @Size(min = 10, max = 128) String password) {
}
