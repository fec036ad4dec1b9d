package vn.parcomms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Keeps the two languages complete: both bundles hold the same keys, every key a template or the
 * code uses exists, text is NFC, and templates contain no sentence that bypasses the bundles
 * (as spring-petclinic's I18nPropertiesSyncTest does).
 */
class I18nMessagesTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path JAVA = Path.of("src/main/java");
    /** Attributes that users see or hear and must therefore come from the bundles. */
    static final Set<String> VISIBLE_ATTRIBUTES = Set.of("title", "placeholder", "alt", "aria-label", "label", "value");
    static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*[\\w])");
    static final Pattern JAVA_KEY = Pattern.compile(
            "\"((?:organization|user|validation|problem|signin|auth|password|token|grant|error|nav|role|home)\\.[a-z][\\w.-]*)\"");

    static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources", name)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> vietnamese = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> english = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        assertThat(english).as("keys missing in English").containsAll(vietnamese);
        assertThat(vietnamese).as("keys missing in Vietnamese").containsAll(english);
    }

    @Test
    void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
        // MessageFormat reads a single apostrophe as a quote: "plan's ({0})" would print "plans ({0})".
        List<String> broken = new ArrayList<>();
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            load(bundle).forEach((key, value) -> {
                String text = value.toString();
                if (text.matches("(?s).*\\{\\d.*") && text.replace("''", "").contains("'")) {
                    broken.add(bundle + ": " + key);
                }
            });
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void messagesAreNormalizedToNfc() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            load(bundle).forEach((key, value) -> assertThat(Normalizer.isNormalized(value.toString(), Normalizer.Form.NFC))
                    .as(bundle + " " + key).isTrue());
        }
    }

    @Test
    void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
        Properties vietnamese = load("messages.properties");
        List<String> missing = new ArrayList<>();
        for (Path file : files(TEMPLATES, ".html")) {
            Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(file));
            while (matcher.find()) {
                if (!vietnamese.containsKey(matcher.group(1))) {
                    missing.add(file.getFileName() + ": " + matcher.group(1));
                }
            }
        }
        for (Path file : files(JAVA, ".java")) {
            Matcher matcher = JAVA_KEY.matcher(Files.readString(file));
            while (matcher.find()) {
                String key = matcher.group(1);
                if (!vietnamese.containsKey(key) && !key.endsWith(".")) {
                    missing.add(file.getFileName() + ": " + key);
                }
            }
        }
        for (String prefix : List.of("role.", "organization.kind.")) {
            for (String value : prefix.equals("role.") ? names(vn.parcomms.access.Role.values())
                    : names(vn.parcomms.organizations.OrganizationKind.values())) {
                if (!vietnamese.containsKey(prefix + value)) {
                    missing.add("enum label " + prefix + value);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : files(TEMPLATES, ".html")) {
            var document = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
            for (Element element : document.getAllElements()) {
                if (element.tagName().equals("script") || element.tagName().equals("style")) {
                    continue;
                }
                boolean replaced = element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:replace")
                        || element.hasAttr("th:errors");
                for (TextNode text : element.textNodes()) {
                    String visible = text.text().strip();
                    if (!replaced && visible.chars().anyMatch(Character::isLetter) && !visible.equals("ParComms")) {
                        offenders.add(file.getFileName() + " <" + element.tagName() + ">: " + visible);
                    }
                }
                for (String attribute : VISIBLE_ATTRIBUTES) {
                    String value = element.attr(attribute);
                    if (element.hasAttr(attribute) && value.chars().anyMatch(Character::isLetter)
                            && !element.hasAttr("th:" + attribute) && !element.hasAttr("th:field")
                            && !(attribute.equals("value") && (element.hasAttr("th:value") || !showsValue(element)))) {
                        offenders.add(file.getFileName() + " @" + attribute + ": " + value);
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    /** Only buttons show their value; options and other inputs carry it for the server. */
    private static boolean showsValue(Element element) {
        String type = element.attr("type");
        return element.tagName().equals("input") && (type.equals("submit") || type.equals("button") || type.equals("reset"));
    }

    private static List<String> names(Enum<?>[] values) {
        return Stream.of(values).map(Enum::name).toList();
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }
}
