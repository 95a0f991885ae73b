package id.binaan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class BinaanApplication {

    public static void main(String[] args) {
        SpringApplication.run(BinaanApplication.class, args);
    }
}
