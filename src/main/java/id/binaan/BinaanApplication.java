package id.binaan;

import id.binaan.audit.AuditChainCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class BinaanApplication {

    /** {@code --binaan.verify-audit} checks the audit chain and exits instead of starting the application. */
    public static void main(String[] args) {
        if (AuditChainCommand.requested(args)) {
            System.exit(AuditChainCommand.run(args, System.out));
        }
        SpringApplication.run(BinaanApplication.class, args);
    }
}
