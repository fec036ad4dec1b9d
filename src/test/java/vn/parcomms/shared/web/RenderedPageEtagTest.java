package vn.parcomms.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** A stored page's ETag is a quoted validator that stays for the same bytes and changes with any change of them. */
class RenderedPageEtagTest {

    @Test
    void sameBytesKeepTheirEtagAndEveryChangeGivesAnother() {
        byte[] page = "<p>Đăng ký khai sinh</p>".repeat(200).getBytes(StandardCharsets.UTF_8);
        String etag = RenderedPageCache.etag(page);
        assertThat(etag).startsWith("\"").endsWith("\"").isEqualTo(RenderedPageCache.etag(page.clone()));
        Set<String> seen = new HashSet<>(Set.of(etag));
        for (int i = 0; i < page.length; i += 7) {
            byte[] changed = page.clone();
            changed[i] ^= 1;
            assertThat(seen.add(RenderedPageCache.etag(changed))).as("a change at byte " + i).isTrue();
        }
        byte[] longer = java.util.Arrays.copyOf(page, page.length + 1);
        assertThat(seen.add(RenderedPageCache.etag(longer))).isTrue();
    }
}
