package id.binaan.report;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page of ADMIN and STAFF. */
@Controller
class DashboardController {

    @GetMapping("/")
    String dashboard() {
        return "report/dashboard";
    }
}
