package vn.parcomms.shared.web;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Adds an incident id to every server error shown to a user and logs the failure under that id;
 * the page shows the id, never the stack trace.
 */
@Component
class IncidentErrorAttributes extends DefaultErrorAttributes {

    private static final Logger log = LoggerFactory.getLogger(IncidentErrorAttributes.class);
    static final String INCIDENT_ATTRIBUTE = "parcomms.incidentId";

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        attributes.remove("trace");
        attributes.remove("exception");
        attributes.remove("message");
        Object status = attributes.get("status");
        if (status instanceof Integer code && code >= 500) {
            Object existing = request.getAttribute(INCIDENT_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
            String incidentId = existing != null ? existing.toString() : Incidents.newId();
            if (existing == null) {
                request.setAttribute(INCIDENT_ATTRIBUTE, incidentId, RequestAttributes.SCOPE_REQUEST);
                log.error("Incident {} on {}", incidentId, attributes.get("path"), getError(request));
            }
            attributes.put("incidentId", incidentId);
        }
        return attributes;
    }
}
