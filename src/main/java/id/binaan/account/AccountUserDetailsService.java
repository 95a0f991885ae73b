package id.binaan.account;

import java.time.Clock;
import java.util.List;

import id.binaan.facility.Facilities;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final Clock clock;
    private final Facilities facilities;

    AccountUserDetailsService(UserAccountRepository accounts, Clock clock, Facilities facilities) {
        this.accounts = accounts;
        this.clock = clock;
        this.facilities = facilities;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username.trim())
                .map(account -> new CurrentUser(account, account.isLockedAt(clock.instant()),
                        account.getRegionId() == null ? List.of() : facilities.facilitiesOf(account.getRegionId())))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
