package id.binaan.account;

import java.util.List;
import java.util.Optional;

/**
 * The partner institutions a liaison account may belong to. The partner module provides it,
 * so that accounts need not depend on partners (partners already depend on accounts).
 */
public interface Institutions {

    /** Active institutions, by name. */
    List<Institution> active();

    Optional<Institution> find(Long id);

    record Institution(Long id, String name) {
    }
}
