package id.binaan.account;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import id.binaan.shared.Scope;

/** The scope of a request is its signed-in account's (DESIGN.md "Users and roles"). */
@Component
class SignedInScope {

    SignedInScope() {
        Scope.useSource(SignedInScope::ofSignedInUser);
    }

    static Scope ofSignedInUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof CurrentUser user) {
            return user.scope();
        }
        return null;
    }
}
