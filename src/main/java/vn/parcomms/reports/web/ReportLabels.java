package vn.parcomms.reports.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.parcomms.plans.Vocabularies;

/** Labels of vocabulary codes as JSON, for charts drawn in the browser. */
@Component
class ReportLabels {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Vocabularies vocabularies;

    ReportLabels(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    public String channelsJson(Collection<String> codes) {
        Map<String, String> labels = new LinkedHashMap<>();
        codes.forEach(code -> labels.put(code, vocabularies.label("CHANNEL", code)));
        // Escaped so that the JSON cannot close the script element it sits in.
        return JSON.writeValueAsString(labels).replace("<", "\\u003c");
    }
}
