package id.binaan.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

    @Query("select a from UserAccount a where lower(a.username) = lower(?1)")
    Optional<UserAccount> findByUsername(String username);

    boolean existsByRole(Role role);

    List<UserAccount> findAllByOrderByUsername();

    List<UserAccount> findByPartnerIdOrderByUsername(Long partnerId);
}
