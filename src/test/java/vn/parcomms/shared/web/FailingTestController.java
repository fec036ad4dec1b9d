package vn.parcomms.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only endpoints that fail on purpose, to check what users see when something breaks. */
class FailingTestController {

    @Controller
    static class Page {
        @GetMapping("/test-only/fail")
        String fail() {
            throw new IllegalStateException("secret internal detail: connection string postgres://x");
        }
    }

    @RestController
    static class Api {
        @GetMapping("/api/v1/test-only/fail")
        String fail() {
            throw new IllegalStateException("secret internal detail: connection string postgres://x");
        }
    }
}
