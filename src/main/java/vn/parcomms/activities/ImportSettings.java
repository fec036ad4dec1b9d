package vn.parcomms.activities;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the spreadsheet import of activities.
 *
 * @param maxRows data rows one file may hold
 * @param maxErrors problems listed in a rejection (the total is always counted)
 */
@ConfigurationProperties("parcomms.activities.import")
record ImportSettings(@DefaultValue("50000") int maxRows, @DefaultValue("200") int maxErrors) {
}
