package vn.parcomms.plans.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.parcomms.access.AccessPolicy;
import vn.parcomms.access.ScopedResource;
import vn.parcomms.plans.PlanActions;
import vn.parcomms.plans.Term;
import vn.parcomms.plans.Vocabularies;
import vn.parcomms.shared.FieldViolation;
import vn.parcomms.shared.InvalidInputException;

/** Administration of the audiences, topics, channels and deliverable types. */
@Controller
class VocabularyPages {

    private final Vocabularies vocabularies;
    private final AccessPolicy access;

    VocabularyPages(Vocabularies vocabularies, AccessPolicy access) {
        this.vocabularies = vocabularies;
        this.access = access;
    }

    @GetMapping("/admin/vocabularies")
    String list(@RequestParam(defaultValue = "TOPIC") Term.Vocabulary vocabulary, Model model) {
        access.check(PlanActions.MANAGE_VOCABULARIES, ScopedResource.of("/"));
        model.addAttribute("vocabulary", vocabulary);
        model.addAttribute("vocabularyList", Term.Vocabulary.values());
        model.addAttribute("terms", vocabularies.all(vocabulary));
        return "plans/vocabularies";
    }

    @PostMapping("/admin/vocabularies/{vocabulary}")
    String add(@PathVariable Term.Vocabulary vocabulary, @RequestParam(required = false) String code,
            @RequestParam(required = false) String labelVi, @RequestParam(required = false) String labelEn,
            @RequestParam(required = false) String groupCode, Model model, RedirectAttributes redirect) {
        try {
            vocabularies.add(vocabulary, code, labelVi, labelEn, groupCode);
            redirect.addFlashAttribute("notice", "vocabulary.added");
            return "redirect:/admin/vocabularies?vocabulary=" + vocabulary;
        } catch (InvalidInputException e) {
            for (FieldViolation violation : e.violations()) {
                model.addAttribute("error_" + violation.field(), violation);
            }
            model.addAttribute("code", code);
            model.addAttribute("labelVi", labelVi);
            model.addAttribute("labelEn", labelEn);
            model.addAttribute("groupCode", groupCode);
            return list(vocabulary, model);
        }
    }

    @PostMapping("/admin/vocabularies/{vocabulary}/{code}/retired")
    String retire(@PathVariable Term.Vocabulary vocabulary, @PathVariable String code, @RequestParam boolean retired,
            RedirectAttributes redirect) {
        vocabularies.setRetired(vocabulary, code, retired);
        redirect.addFlashAttribute("notice", retired ? "vocabulary.retired-now" : "vocabulary.restored");
        return "redirect:/admin/vocabularies?vocabulary=" + vocabulary;
    }
}
