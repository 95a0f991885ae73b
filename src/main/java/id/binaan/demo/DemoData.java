package id.binaan.demo;

import java.security.SecureRandom;

import id.binaan.account.Accounts;
import id.binaan.account.Role;
import id.binaan.facility.Facilities;
import id.binaan.partner.PartnerType;
import id.binaan.partner.Partners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds a fictional facility for demonstrations and browser tests: partners and the four demo
 * accounts. Runs only in the {@code demo} profile and only adds what is missing.
 */
@Component
@Profile("demo")
@Order(1)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Accounts accounts;
    private final Partners partners;
    private final String configuredPassword;
    private final Facilities facilities;

    DemoData(Accounts accounts, Partners partners, @Value("${binaan.demo.password:}") String configuredPassword,
            Facilities facilities) {
        this.facilities = facilities;
        this.accounts = accounts;
        this.partners = partners;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long bpvp = partners.ensure("BPVP Pangkep", PartnerType.BPVP,
                "Jl. Poros Makassar–Parepare Km. 52, Pangkajene", "Andi Rahmat Hidayat", "0410-321000", "bpvp.pangkep@example.org");
        Long disdik = partners.ensure("Disdikbud Kabupaten Pangkep", PartnerType.DISDIKBUD,
                "Jl. Sultan Hasanuddin No. 7, Pangkajene", "Nurhayati Syamsuddin", "0410-322111", "disdikbud.pangkep@example.org");
        partners.ensure("PKBM Tunas Harapan", PartnerType.PKBM,
                "Jl. Andi Mauraga No. 12, Pangkajene", "Muhammad Ilham Saputra", "0812-4000-1234", "pkbm.tunasharapan@example.org");

        boolean generated = configuredPassword.isBlank();
        String password = generated ? randomPassword() : configuredPassword;
        boolean created = false;
        created |= accounts.createIfAbsent("system", "admin", "Kepala Subseksi Pembinaan", Role.ADMIN, null, password);
        created |= accounts.createIfAbsent("system", "petugas", "Petugas Pembinaan", Role.STAFF, null, password);
        created |= accounts.createIfAbsent("system", "bpvp", "Koordinator BPVP Pangkep", Role.PARTNER, bpvp, password);
        created |= accounts.createIfAbsent("system", "disdik", "Koordinator Disdikbud Pangkep", Role.PARTNER, disdik, password);
        // the region's and the nation's officers (DESIGN.md, demo data): Sulawesi Selatan, the first facility's region
        Long region = facilities.first().regionId();
        created |= accounts.createIfAbsent("system", "kanwil", "Kepala Bidang Pembinaan Kanwil Sulawesi Selatan",
                Role.REGIONAL, null, region, password, false);
        created |= accounts.createIfAbsent("system", "pusat", "Direktorat Pembinaan Narapidana", Role.NATIONAL, null, null,
                password, false);
        if (created && generated) {
            // Written once, when the accounts are made; set BINAAN_DEMO_PASSWORD to choose it instead.
            log.warn("Demo accounts admin, petugas, bpvp, disdik, kanwil and pusat were created with the password: {}",
                    password);
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
