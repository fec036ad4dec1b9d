package vn.parcomms.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives Debian's Chromium through Playwright. On CI (CI=true) a missing browser fails the run;
 * on a developer machine without Chromium the browser tests are skipped with a message.
 */
@Tag("browser")
abstract class BrowserTestSupport {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PARCOMMS_CHROMIUM", "/usr/bin/chromium"));

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;
    final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but Chromium is missing at " + CHROMIUM + "; .ci/run installs it");
            }
            Assumptions.abort("Chromium not installed at " + CHROMIUM + " (apt-get install chromium); browser tests skipped");
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(contextOptions());
        page = context.newPage();
        page.setDefaultTimeout(15_000);
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text());
            }
        });
        // Name the resource behind a "Failed to load resource" console error.
        page.onResponse(response -> {
            if (response.status() >= 400) {
                consoleErrors.add("HTTP " + response.status() + " " + response.url());
            }
        });
    }

    Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions().setLocale("vi-VN");
    }

    /** On failure, prints where the browser was and what it showed, and keeps a screenshot; then closes the page. */
    @RegisterExtension
    final AfterEachCallback closeAndReport = extension -> {
        if (context == null) {
            return;
        }
        try {
            if (extension.getExecutionException().isPresent() && page != null && !page.isClosed()) {
                Path shot = Path.of("target/browser-failures", extension.getDisplayName().replaceAll("\\W+", "_") + ".png");
                page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
                String text = page.locator("body").innerText();
                System.err.println("Browser at " + page.url() + " (screenshot " + shot + "):\n"
                        + text.substring(0, Math.min(3000, text.length())));
            }
        } finally {
            context.close();
        }
    };

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void signIn(String username, String password) {
        page.navigate(url("/login"));
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        // Scripts are deferred: wait for them, or a quick click on a menu toggle does nothing.
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
    }

    /** Waits until the page's deferred scripts ran and htmx processed the page, so typing triggers its requests. */
    void htmxReady() {
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        page.waitForFunction("() => window.htmx !== undefined && document.readyState === 'complete'");
    }
}
