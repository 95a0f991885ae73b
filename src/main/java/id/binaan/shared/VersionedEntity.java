package id.binaan.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** Identity and optimistic-lock version shared by every editable record (DESIGN.md rule 6). */
@MappedSuperclass
public abstract class VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /**
     * The one version check: a change made on a form that was filled in against {@code formVersion} (the hidden
     * field every edit form carries) is refused when someone else saved this record meanwhile, so their change
     * is kept. A form without a version is treated the same way.
     */
    public void requireVersion(Long formVersion) {
        if (formVersion == null || formVersion != version) {
            throw new StaleRecordException(getClass().getSimpleName(), id);
        }
    }
}
