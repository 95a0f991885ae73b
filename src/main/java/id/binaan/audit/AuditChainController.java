package id.binaan.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class AuditChainController {

    private final AuditChain chain;

    AuditChainController(AuditChain chain) {
        this.chain = chain;
    }

    @GetMapping("/admin/audit/verify")
    String verify(Model model) {
        model.addAttribute("result", chain.verify());
        return "admin/audit-verify";
    }
}
