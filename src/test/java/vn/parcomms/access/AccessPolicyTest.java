package vn.parcomms.access;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.parcomms.access.Role.COORDINATOR;
import static vn.parcomms.access.Role.EDITOR;
import static vn.parcomms.access.Role.STAFF;
import static vn.parcomms.access.Role.SYSTEM_ADMIN;
import static vn.parcomms.access.Role.VIEWER;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Role × scope × action: every combination of a role held at the commune (alone or with its
 * subtree) against a target in the commune itself, in a body under it, and in another province.
 */
class AccessPolicyTest {

    /** Tỉnh (1) → Xã (2) → Phòng (3); another province (9) → its commune (10). */
    static final String PROVINCE = "/1/";
    static final String COMMUNE = "/1/2/";
    static final String OFFICE = "/1/2/3/";
    static final String ELSEWHERE = "/9/10/";

    static final Action MANAGE = Action.of("test.manage", SYSTEM_ADMIN, COORDINATOR);
    static final Action PUBLISH = Action.of("test.publish", SYSTEM_ADMIN, EDITOR);
    static final Action RECORD = Action.of("test.record", SYSTEM_ADMIN, COORDINATOR, STAFF);
    static final Action READ = Action.of("test.read", SYSTEM_ADMIN, COORDINATOR, EDITOR, STAFF, VIEWER);

    enum Scope { EXACT, SUBTREE }

    enum Target {
        SAME(COMMUNE), BELOW(OFFICE), ABOVE(PROVINCE), OTHER(ELSEWHERE);

        final String path;

        Target(String path) {
            this.path = path;
        }
    }

    private final AccessPolicy policy = new AccessPolicy(List.of(), Actor::anonymous);

    static Stream<Arguments> table() {
        List<Arguments> rows = new ArrayList<>();
        for (Role role : Role.values()) {
            for (Scope scope : Scope.values()) {
                for (Action action : List.of(MANAGE, PUBLISH, RECORD, READ)) {
                    for (Target target : Target.values()) {
                        boolean roleAllows = action.roles().contains(role);
                        boolean reaches = target == Target.SAME || (target == Target.BELOW && scope == Scope.SUBTREE);
                        rows.add(Arguments.of(role, scope, action.code(), target, roleAllows && reaches));
                    }
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} at commune ({1}) may {2} on {3}: {4}")
    @MethodSource("table")
    void decidesByRoleScopeAndAction(Role role, Scope scope, String actionCode, Target target, boolean expected) {
        Action action = Stream.of(MANAGE, PUBLISH, RECORD, READ).filter(a -> a.code().equals(actionCode)).findFirst().orElseThrow();
        Actor actor = new Actor(7L, "u", 3L, OFFICE, List.of(new Grant(role, 2L, COMMUNE, scope == Scope.SUBTREE)));
        assertThat(policy.allows(actor, action, ScopedResource.of(target.path))).isEqualTo(expected);
    }

    @Test
    void globalAdministratorReachesEverything() {
        Actor admin = new Actor(1L, "admin", 1L, PROVINCE, List.of(Grant.global(SYSTEM_ADMIN)));
        for (Target target : Target.values()) {
            assertThat(policy.allows(admin, MANAGE, ScopedResource.of(target.path))).isTrue();
        }
    }

    @Test
    void anonymousMayDoNothing() {
        for (Target target : Target.values()) {
            assertThat(policy.allows(Actor.anonymous(), READ, ScopedResource.of(target.path))).isFalse();
        }
    }

    @Test
    void pathPrefixOfASiblingDoesNotCount() {
        // "/1/2/" must not cover "/1/21/": subtree checks compare whole path segments.
        Actor actor = new Actor(7L, "u", 2L, COMMUNE, List.of(new Grant(COORDINATOR, 2L, COMMUNE, true)));
        assertThat(policy.allows(actor, MANAGE, ScopedResource.of("/1/21/"))).isFalse();
    }

    @Test
    void rulesCanDenyWhatRolesAllowButNeverGrant() {
        AccessRule submitterCannotPublish = new AccessRule() {
            @Override
            public boolean appliesTo(Action action) {
                return action.equals(PUBLISH);
            }

            @Override
            public boolean permits(Actor actor, Action action, ScopedResource target) {
                return !(target instanceof Submission submission && submission.submitterId() == actor.userId());
            }
        };
        var withRule = new AccessPolicy(List.of(submitterCannotPublish), Actor::anonymous);
        Actor editor = new Actor(7L, "u", 2L, COMMUNE, List.of(new Grant(EDITOR, 2L, COMMUNE, true)));
        assertThat(withRule.allows(editor, PUBLISH, new Submission(COMMUNE, 7L))).isFalse();
        assertThat(withRule.allows(editor, PUBLISH, new Submission(COMMUNE, 8L))).isTrue();
        assertThat(withRule.allows(editor, PUBLISH, new Submission(ELSEWHERE, 8L))).isFalse();
    }

    @Test
    void systemWorkRunsAsGlobalAdministratorOnlyInsideTheBlock() {
        assertThat(AccessPolicy.asSystem(() -> policy.allows(MANAGE, ScopedResource.of(ELSEWHERE)))).isTrue();
        assertThat(policy.allows(MANAGE, ScopedResource.of(ELSEWHERE))).isFalse();
    }

    record Submission(String scopePath, long submitterId) implements ScopedResource {
    }
}
