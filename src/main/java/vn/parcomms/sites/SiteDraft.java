package vn.parcomms.sites;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A site's settings as its manager saves them. */
public record SiteDraft(
        @NotBlank(message = "{validation.required}") @Size(max = 80, message = "{validation.max-length}")
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{site.slug.pattern}") String slug,
        @NotBlank(message = "{validation.required}") @Size(max = 255, message = "{validation.max-length}") String name,
        @Size(max = 500, message = "{validation.max-length}") String tagline,
        @Size(max = 40, message = "{validation.max-length}") String hotline,
        @Size(max = 255, message = "{validation.max-length}") String email,
        @Size(max = 500, message = "{validation.max-length}") String address,
        @Size(max = 100_000, message = "{validation.max-length}") String regulation,
        Boolean enabled,
        Integer version) {
}
