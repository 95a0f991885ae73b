package id.binaan.report;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who signs an evidence pack: the head of the pembinaan section (Kepala Seksi / Subseksi Pembinaan), a facility
 * setting like its head ({@code binaan.facility.pembinaan-head-title}, {@code -name}, {@code -nip}). Unset, the
 * block leaves name and NIP to be written by hand.
 */
@Component("pembinaanHead")
class PembinaanHead {

    private final String title;
    private final String name;
    private final String nip;

    PembinaanHead(@Value("${binaan.facility.pembinaan-head-title:}") String title,
            @Value("${binaan.facility.pembinaan-head-name:}") String name,
            @Value("${binaan.facility.pembinaan-head-nip:}") String nip) {
        this.title = title.strip();
        this.name = name.strip();
        this.nip = nip.strip();
    }

    /** The configured title, or empty for the message's default ("Kepala Subseksi Pembinaan"). */
    public String title() {
        return title;
    }

    public String name() {
        return name;
    }

    public String nip() {
        return nip;
    }
}
