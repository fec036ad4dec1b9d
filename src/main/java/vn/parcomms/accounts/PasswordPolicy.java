package vn.parcomms.accounts;

import java.util.ArrayList;
import java.util.List;

import vn.parcomms.shared.FieldViolation;

/** What a new password must satisfy: long enough, not the username, letters and digits mixed. */
final class PasswordPolicy {

    private PasswordPolicy() {
    }

    static List<FieldViolation> check(String field, String password, String username, int minLength) {
        List<FieldViolation> violations = new ArrayList<>();
        if (password == null || password.length() < minLength) {
            violations.add(FieldViolation.of(field, "password.too-short", minLength));
            return violations;
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            violations.add(FieldViolation.of(field, "password.contains-username"));
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            violations.add(FieldViolation.of(field, "password.mix"));
        }
        return violations;
    }
}
