package vn.parcomms.reminders.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.parcomms.reminders.ChaseCommand;
import vn.parcomms.reminders.ReminderManagement;
import vn.parcomms.reminders.ReminderSettingsCommand;
import vn.parcomms.shared.FieldViolation;
import vn.parcomms.shared.InvalidInputException;

/** The reminders page of a plan (late bodies in red, chase, setting, history) and the user's notifications. */
@Controller
class ReminderPages {

    private final ReminderManagement reminders;

    ReminderPages(ReminderManagement reminders) {
        this.reminders = reminders;
    }

    @GetMapping("/plans/{id}/reminders")
    String plan(@PathVariable long id, Model model) {
        if (!model.containsAttribute("chaseForm")) {
            model.addAttribute("chaseForm", new ChaseCommand(null, null));
        }
        return page(id, model);
    }

    @PostMapping("/plans/{id}/reminders/chase")
    String chase(@PathVariable long id, @ModelAttribute("chaseForm") ChaseCommand form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                int count = reminders.chase(id, form).size();
                redirect.addFlashAttribute("notice", count == 1 ? "reminder.chase.sent-one" : "reminder.chase.sent-many");
                return "redirect:/plans/" + id + "/reminders";
            } catch (InvalidInputException e) {
                reject(result, e);
            }
        }
        return page(id, model);
    }

    @PostMapping("/plans/{id}/reminders/settings")
    String configure(@PathVariable long id, @ModelAttribute("settingsForm") ReminderSettingsCommand form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                reminders.configure(id, form);
                redirect.addFlashAttribute("notice", "reminder.settings.saved");
                return "redirect:/plans/" + id + "/reminders";
            } catch (InvalidInputException e) {
                reject(result, e);
            }
        }
        model.addAttribute("chaseForm", new ChaseCommand(null, null));
        return page(id, model);
    }

    @GetMapping("/notifications")
    String notifications(@RequestParam(defaultValue = "false") boolean unread, Model model) {
        model.addAttribute("notifications", reminders.notifications(unread));
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("unreadCount", reminders.unreadCount());
        model.addAttribute("dailyDigest", reminders.dailyDigest());
        return "reminders/notifications";
    }

    @PostMapping("/notifications/{id}/read")
    String markRead(@PathVariable long id) {
        reminders.markRead(id);
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    String markAllRead(RedirectAttributes redirect) {
        reminders.markAllRead();
        redirect.addFlashAttribute("notice", "notification.all-read");
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/preferences")
    String preferences(@RequestParam(defaultValue = "false") boolean dailyDigest, RedirectAttributes redirect) {
        reminders.setDailyDigest(dailyDigest);
        redirect.addFlashAttribute("notice", "notification.preferences.saved");
        return "redirect:/notifications";
    }

    private String page(long id, Model model) {
        var view = reminders.ofPlan(id);
        model.addAttribute("view", view);
        if (!model.containsAttribute("settingsForm")) {
            model.addAttribute("settingsForm", new ReminderSettingsCommand(view.daysBefore()));
        }
        return "reminders/plan";
    }

    private static void reject(BindingResult result, InvalidInputException e) {
        for (FieldViolation v : e.violations()) {
            result.rejectValue(v.field(), v.messageKey(), v.arguments().toArray(), v.messageKey());
        }
    }
}
