package vn.parcomms.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.parcomms.access.Role;

/**
 * The workflow as a table: every role × state × action × (own or someone else's) × (forced or not)
 * is allowed exactly when a line below allows it.
 */
class EditorialRulesTest {

    /** role, states, action, whose ("own", "other" or "any"), forced ("forced" or "any"). */
    private static final String[] ALLOWED = {
        "STAFF|COORDINATOR|EDITOR|SYSTEM_ADMIN  DRAFT|REJECTED|SUBMITTED  EDIT         any    any",
        "STAFF|COORDINATOR|EDITOR|SYSTEM_ADMIN  DRAFT|REJECTED            SUBMIT       any    any",
        "STAFF|COORDINATOR|EDITOR|SYSTEM_ADMIN  PUBLISHED|UNPUBLISHED     NEW_EDITION  any    any",
        "EDITOR|SYSTEM_ADMIN                    SUBMITTED                 REJECT       other  any",
        "EDITOR|SYSTEM_ADMIN                    SUBMITTED                 SCHEDULE     other  any",
        "EDITOR|SYSTEM_ADMIN                    SUBMITTED                 PUBLISH      other  any",
        "EDITOR|SYSTEM_ADMIN                    SCHEDULED                 UNSCHEDULE   any    any",
        "EDITOR|SYSTEM_ADMIN                    DRAFT|REJECTED            FORCE_PUBLISH other any",
        "EDITOR|SYSTEM_ADMIN                    PUBLISHED                 APPROVE_FORCED other forced",
        "EDITOR|SYSTEM_ADMIN                    PUBLISHED                 UNPUBLISH    any    any",
    };

    private static Set<String> allowedCases() {
        Set<String> cases = new HashSet<>();
        for (String line : ALLOWED) {
            String[] f = line.trim().split("\\s+");
            for (String role : f[0].split("\\|")) {
                for (String state : f[1].split("\\|")) {
                    for (String own : f[3].equals("any") ? new String[] {"own", "other"} : new String[] {f[3]}) {
                        for (String forced : f[4].equals("any") ? new String[] {"forced", "plain"} : new String[] {f[4]}) {
                            cases.add(String.join(" ", role, state, f[2], own, forced));
                        }
                    }
                }
            }
        }
        return cases;
    }

    @Test
    void everyCombinationIsAllowedExactlyWhenTheTableSaysSo() {
        Set<String> allowed = allowedCases();
        int checked = 0;
        for (Role role : Role.values()) {
            for (ArticleState state : ArticleState.values()) {
                for (ArticleAction action : ArticleAction.values()) {
                    for (boolean own : new boolean[] {true, false}) {
                        for (boolean forced : new boolean[] {true, false}) {
                            String key = String.join(" ", role.name(), state.name(), action.name(), own ? "own" : "other",
                                    forced ? "forced" : "plain");
                            String refusal = EditorialRules.refusal(Set.of(role), own, state, forced, action);
                            assertThat(refusal == null).as(key + " -> " + refusal).isEqualTo(allowed.contains(key));
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(Role.values().length * ArticleState.values().length * ArticleAction.values().length * 4);
    }

    @ParameterizedTest(name = "{0} on {1} by {2}: {3}")
    @CsvSource({
        "PUBLISH, SUBMITTED, own, article.refused.own",
        "SCHEDULE, SUBMITTED, own, article.refused.own",
        "FORCE_PUBLISH, DRAFT, own, article.refused.own",
        "PUBLISH, DRAFT, other, article.refused.state",
        "PUBLISH, PUBLISHED, other, article.refused.state",
        "SUBMIT, SCHEDULED, own, article.refused.state",
    })
    void anEditorIsToldWhyARefusedActionIsRefused(ArticleAction action, ArticleState state, String whose, String reason) {
        assertThat(EditorialRules.refusal(Set.of(Role.EDITOR), whose.equals("own"), state, false, action)).isEqualTo(reason);
    }

    @Test
    void staffCannotReviewAndViewersCannotWrite() {
        assertThat(EditorialRules.refusal(Set.of(Role.STAFF), false, ArticleState.SUBMITTED, false, ArticleAction.PUBLISH))
                .isEqualTo("article.refused.role");
        assertThat(EditorialRules.refusal(Set.of(Role.VIEWER), true, ArticleState.DRAFT, false, ArticleAction.EDIT))
                .isEqualTo("article.refused.role");
    }

    @Test
    void actionsLeadToTheirStates() {
        assertThat(EditorialRules.next(ArticleState.REJECTED, ArticleAction.EDIT)).isEqualTo(ArticleState.DRAFT);
        assertThat(EditorialRules.next(ArticleState.SUBMITTED, ArticleAction.SCHEDULE)).isEqualTo(ArticleState.SCHEDULED);
        assertThat(EditorialRules.next(ArticleState.SCHEDULED, ArticleAction.UNSCHEDULE)).isEqualTo(ArticleState.SUBMITTED);
        assertThat(EditorialRules.next(ArticleState.PUBLISHED, ArticleAction.UNPUBLISH)).isEqualTo(ArticleState.UNPUBLISHED);
        assertThat(EditorialRules.next(ArticleState.DRAFT, ArticleAction.FORCE_PUBLISH)).isEqualTo(ArticleState.PUBLISHED);
    }
}
