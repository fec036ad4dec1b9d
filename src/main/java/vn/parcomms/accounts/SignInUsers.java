package vn.parcomms.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.shared.Texts;

/** Loads users for password sign-in. */
@Service
class SignInUsers implements UserDetailsService {

    private final UserAccounts users;

    SignInUsers(UserAccounts users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String cleaned = Texts.clean(username);
        if (cleaned == null || cleaned.length() > 60) {
            throw new UsernameNotFoundException("unknown");
        }
        UserAccount user = users.findByUsername(cleaned).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return new AccountPrincipal(user.id(), user.username(), users.passwordHash(user.id()).orElseThrow(),
                user.active(), user.lockedUntil());
    }
}
