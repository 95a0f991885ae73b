package id.binaan.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

    @Query("select a from UserAccount a where lower(a.username) = lower(?1)")
    Optional<UserAccount> findByUsername(String username);

    boolean existsByRole(Role role);

    List<UserAccount> findAllByOrderByUsername();

    /** Failed logins are counted without touching the version, so they never make an open edit form stale. */
    @Modifying
    @Query("update UserAccount a set a.failedLoginCount = ?2, a.lockedUntil = ?3 where a.id = ?1")
    void recordLoginFailures(Long id, int failedLoginCount, Instant lockedUntil);

    List<UserAccount> findByPartnerIdOrderByUsername(Long partnerId);

    List<UserAccount> findByRoleInOrderByUsername(java.util.Collection<Role> roles);
}
