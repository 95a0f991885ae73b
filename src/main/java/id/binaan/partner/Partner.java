package id.binaan.partner;

import id.binaan.shared.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A partner institution (mitra): BPVP, Disdikbud, PKBM, LPK or other. */
@Entity
@Table(name = "partner")
class Partner extends VersionedEntity {

    private String name;
    @Enumerated(EnumType.STRING)
    private PartnerType type;
    private String address;
    private String contactPerson;
    private String phone;
    private String email;
    private boolean active = true;

    protected Partner() {
    }

    Partner(String name, PartnerType type, String address, String contactPerson, String phone, String email) {
        this.name = name;
        this.type = type;
        this.address = address;
        this.contactPerson = contactPerson;
        this.phone = phone;
        this.email = email;
    }

    void update(String name, PartnerType type, String address, String contactPerson, String phone, String email) {
        this.name = name;
        this.type = type;
        this.address = address;
        this.contactPerson = contactPerson;
        this.phone = phone;
        this.email = email;
    }

    /** A deactivated partner stays on record with its agreements and meetings, but is no longer offered in forms. */
    void deactivate() {
        this.active = false;
    }

    void reactivate() {
        this.active = true;
    }

    String getName() {
        return name;
    }

    PartnerType getType() {
        return type;
    }

    String getAddress() {
        return address;
    }

    String getContactPerson() {
        return contactPerson;
    }

    String getPhone() {
        return phone;
    }

    String getEmail() {
        return email;
    }

    boolean isActive() {
        return active;
    }
}
