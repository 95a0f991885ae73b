package id.binaan.account;

import id.binaan.facility.Facilities;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user into every page's model, for the navigation and the header. */
@ControllerAdvice
class CurrentUserAdvice {

    private final Facilities facilities;

    CurrentUserAdvice(Facilities facilities) {
        this.facilities = facilities;
    }

    /**
     * The name of the signed-in user's facility, for the header; none where this Binaan knows one facility only
     * (then no page names facilities) and for accounts of no facility.
     */
    @ModelAttribute("currentFacility")
    String currentFacility(@AuthenticationPrincipal CurrentUser user) {
        if (user == null || user.getFacilityId() == null || facilities.single()) {
            return null;
        }
        return facilities.find(user.getFacilityId()).map(Facilities.FacilityInfo::name).orElse(null);
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser(@AuthenticationPrincipal CurrentUser user) {
        return user;
    }
}
