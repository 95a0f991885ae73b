package id.binaan.audit;

import id.binaan.shared.Scope;

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
        // the chain runs through every facility's events: checked whole, whoever asks
        model.addAttribute("result", Scope.system().call(chain::verify));
        return "admin/audit-verify";
    }
}
